// What the person is typing a suggestion for: "/" opens saved replies, "@" teammates (in notes).
// The trigger counts only at the start of the text or after a space, so "and/or" or an e-mail
// address in the text opens nothing.
export type Trigger = { char: '@' | '/'; query: string; start: number; end: number };

export function findTrigger(text: string, caret: number, chars: ('@' | '/')[]): Trigger | null {
  if (chars.length === 0) return null;
  const before = text.slice(0, caret);
  const match = /(^|\s)([@/])([^\s@/]{0,40})$/u.exec(before);
  if (!match) return null;
  const char = match[2] as '@' | '/';
  if (!chars.includes(char)) return null;
  const start = caret - match[3]!.length - 1;
  return { char, query: match[3]!, start, end: caret };
}

/** The text with the trigger and what was typed after it replaced by `insert`, and where the caret goes. */
export function replaceTrigger(text: string, trigger: Trigger, insert: string): { text: string; caret: number } {
  const next = text.slice(0, trigger.start) + insert + text.slice(trigger.end);
  return { text: next, caret: trigger.start + insert.length };
}

/** Best matches first: starting with the query, then containing it. */
export function rank<T>(items: T[], query: string, keys: (item: T) => string[], max = 8): T[] {
  const q = query.toLowerCase();
  if (!q) return items.slice(0, max);
  const score = (item: T) => {
    const words = keys(item).map((k) => k.toLowerCase());
    if (words.some((w) => w.startsWith(q))) return 0;
    if (words.some((w) => w.includes(q))) return 1;
    return 2;
  };
  return items
    .map((item) => ({ item, s: score(item) }))
    .filter((x) => x.s < 2)
    .sort((a, b) => a.s - b.s)
    .slice(0, max)
    .map((x) => x.item);
}

/** The teammates still @mentioned in the final text (a mention typed then deleted does not notify). */
export const mentionedIn = (text: string, picked: Map<string, string>): string[] => [...picked].filter(([, name]) => text.includes(`@${name}`)).map(([userId]) => userId);
