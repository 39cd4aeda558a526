// What a person writes in the composer: the shared content, and one target per channel with its
// optional variant (null or absent text/media = as the post) and the connector's post settings.
import type { AttachedMedia, PostPart } from '../../../db/schema/index.ts';

export type TargetInput = {
  channelId: string;
  text?: string | null;
  media?: AttachedMedia[] | null;
  settings?: Record<string, unknown>;
};

export type PostContent = {
  text?: string;
  media?: AttachedMedia[];
  thread?: PostPart[];
  firstComment?: string | null;
  labels?: string[];
  campaignId?: string | null;
};

export type PostInput = PostContent & { targets: TargetInput[] };

/** Labels trimmed, without duplicates (case-insensitive, the first spelling kept), in the order given. */
export function normaliseLabels(labels: string[] | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of labels ?? []) {
    const label = raw.trim();
    if (!label || seen.has(label.toLowerCase())) continue;
    seen.add(label.toLowerCase());
    out.push(label);
  }
  return out;
}

/** Every media id the input mentions: the post's, each variant's and each thread part's. */
export function mediaIdsOf(input: PostContent & { targets?: TargetInput[] }): string[] {
  const ids = [
    ...(input.media ?? []).map((m) => m.mediaId),
    ...(input.thread ?? []).flatMap((p) => p.mediaIds),
    ...(input.targets ?? []).flatMap((t) => (t.media ?? []).map((m) => m.mediaId)),
  ];
  return [...new Set(ids)];
}
