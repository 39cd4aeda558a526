// The composer's working copy of a post, and how it becomes the API's body. A channel's variant
// is null until the person customizes it for that channel: null means "as the shared post".
import type { AttachedMedia, Post, PostInput, PostPart } from './types.ts';

export type Variant = { text: string | null; media: AttachedMedia[] | null };

export type ComposerDraft = {
  channelIds: string[];
  text: string;
  media: AttachedMedia[];
  variants: Record<string, Variant>;
  thread: PostPart[];
  firstComment: string;
  labels: string[];
  campaignId: string | null;
};

export const emptyDraft = (): ComposerDraft => ({ channelIds: [], text: '', media: [], variants: {}, thread: [], firstComment: '', labels: [], campaignId: null });

export function draftFromPost(post: Post): ComposerDraft {
  return {
    channelIds: post.targets.filter((t) => t.state !== 'cancelled').map((t) => t.channelId),
    text: post.text,
    media: post.media,
    variants: Object.fromEntries(post.targets.map((t) => [t.channelId, { text: t.text, media: t.media }])),
    thread: post.thread,
    firstComment: post.firstComment ?? '',
    labels: post.labels,
    campaignId: post.campaignId,
  };
}

export const variantOf = (draft: ComposerDraft, channelId: string): Variant => draft.variants[channelId] ?? { text: null, media: null };

/** The text that channel would publish: its own when customized, else the shared one. */
export const textFor = (draft: ComposerDraft, channelId: string): string => variantOf(draft, channelId).text ?? draft.text;
export const mediaFor = (draft: ComposerDraft, channelId: string): AttachedMedia[] => variantOf(draft, channelId).media ?? draft.media;

export function toPostInput(draft: ComposerDraft): PostInput {
  return {
    text: draft.text,
    media: draft.media,
    // Empty thread parts are leftovers of the editor, not parts to publish.
    thread: draft.thread.filter((p) => p.text.trim() !== '' || p.mediaIds.length > 0),
    firstComment: draft.firstComment.trim() === '' ? null : draft.firstComment,
    labels: draft.labels,
    campaignId: draft.campaignId,
    targets: draft.channelIds.map((channelId) => ({ channelId, ...variantOf(draft, channelId) })),
  };
}

/** Posts past this point are the network's now: the composer shows them without editing. */
export const isLocked = (post: Post | undefined) => post !== undefined && ['publishing', 'published'].includes(post.state);
