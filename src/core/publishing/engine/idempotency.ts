// Keys sent to the network. The target's key is stored with it and sent with every attempt; a
// thread's later parts and the first comment get keys derived from it, so each part is
// deduplicated (or found by read-back) on its own and a resumed attempt never repeats one.

/** The steps of a target after the first post: thread parts in order, then the first comment. */
export type PartStep = { kind: 'part'; index: number; text: string; mediaIds: string[] } | { kind: 'comment'; text: string };

export const partKey = (targetKey: string, step: PartStep): string => (step.kind === 'part' ? `${targetKey}.part-${step.index + 1}` : `${targetKey}.comment`);

export function partSteps(thread: { text: string; mediaIds: string[] }[], firstComment: string | null): PartStep[] {
  const steps: PartStep[] = thread.map((p, index) => ({ kind: 'part', index, text: p.text, mediaIds: p.mediaIds }));
  if (firstComment && firstComment.trim() !== '') steps.push({ kind: 'comment', text: firstComment });
  return steps;
}
