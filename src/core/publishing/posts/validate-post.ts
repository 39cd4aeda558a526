// Per-channel validation and preview of a composition, for the composer as the manager types
// (POST /posts/validate) and for the workflow before it accepts a post for scheduling
// (validateStoredPost). Each target's variant is its own text and media or the post's, checked
// with validateVariant against the channel's stored limits and counting rule; the daily cap
// counts what the channel already has scheduled or published on that (UTC) day. The text checked
// is the text as it will be sent: with UTM and short links (previewLinks), when the context
// carries the config they depend on.
import type { AccountLimits } from '../../../connectors/sdk/limits.ts';
import { countChannelTargetsBetween, findMediaInfo, findRequireAltText, type MediaInfo, type PostWithTargets } from '../../../db/queries/posts.ts';
import type { AttachedMedia, PostPart } from '../../../db/schema/index.ts';
import { previewLinks } from '../../links/render-links.ts';
import { validateVariant, type VariantMedia, type VariantReport } from '../validate-variant.ts';
import type { PostInput } from './post-input.ts';
import type { PostsCtx } from './posts-ctx.ts';
import { previewText, type Preview } from './preview/preview-text.ts';
import { limitsOf, resolveTargets } from './resolve-targets.ts';

export type TargetValidation = {
  channelId: string;
  report: VariantReport;
  preview: Preview;
  /** One report per thread part after the first, in order. */
  thread: VariantReport[];
};

type Variant = { channelId: string; network: string; limits: AccountLimits; text: string; media: AttachedMedia[] };
type Checked = { thread: PostPart[]; at: Date; exceptPostId?: string; media: Map<string, MediaInfo>; campaignId: string | null };

const DAY_MS = 24 * 60 * 60 * 1000;
const utcDay = (at: Date) => {
  const start = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  return { start, end: new Date(start.getTime() + DAY_MS) };
};

function variantMedia(attached: AttachedMedia[], media: Map<string, MediaInfo>): VariantMedia[] {
  return attached.flatMap((a) => {
    const info = media.get(a.mediaId);
    if (!info) return [];
    const item: VariantMedia = { mimeType: info.mimeType, bytes: info.bytes, altText: a.altText ?? info.altText };
    if (info.width !== null) item.width = info.width;
    if (info.height !== null) item.height = info.height;
    return [item];
  });
}

async function check(ctx: PostsCtx, variants: Variant[], c: Checked): Promise<TargetValidation[]> {
  const requireAltText = await findRequireAltText(ctx.db, ctx.workspaceId);
  const day = utcDay(c.at);
  return Promise.all(
    variants.map(async (v) => {
      const sent = (text: string) => (ctx.config ? previewLinks({ ...ctx, config: ctx.config }, { workspaceId: ctx.workspaceId, text, channelId: v.channelId, network: v.network, campaignId: c.campaignId }) : Promise.resolve(text));
      const text = await sent(v.text);
      const partTexts = await Promise.all(c.thread.map((p) => sent(p.text)));
      const postsThatDay = v.limits.dailyPublishCap === null ? 0 : await countChannelTargetsBetween(ctx.db, v.channelId, day.start, day.end, c.exceptPostId);
      const report = validateVariant({ limits: v.limits, text, media: variantMedia(v.media, c.media), requireAltText, postsThatDay });
      // Thread parts are separate posts on the network: the same limits, but no second daily cap.
      const partLimits = { ...v.limits, dailyPublishCap: null };
      const thread = c.thread.map((p, i) => validateVariant({ limits: partLimits, text: partTexts[i]!, media: variantMedia(p.mediaIds.map((mediaId) => ({ mediaId })), c.media), requireAltText, postsThatDay: 0 }));
      return { channelId: v.channelId, report, preview: previewText(v.limits.text.countingRule, text), thread };
    }),
  );
}

/** The composer's check of an unsaved composition; `postId` leaves that post's own targets out of the daily count. */
export async function validatePost(ctx: PostsCtx, input: PostInput & { scheduledAt?: Date | null; postId?: string }): Promise<{ targets: TargetValidation[] }> {
  const { targets, media } = await resolveTargets(ctx, input, input.targets);
  const variants = targets.map((t) => ({ channelId: t.channelId, network: t.network, limits: t.limits, text: t.text ?? input.text ?? '', media: t.media ?? input.media ?? [] }));
  const checked: Checked = { thread: input.thread ?? [], at: input.scheduledAt ?? ctx.clock.now(), media, campaignId: input.campaignId ?? null };
  if (input.postId) checked.exceptPostId = input.postId;
  return { targets: await check(ctx, variants, checked) };
}

/** A stored post's targets as they would go out at `at` (the workflow calls this before scheduling). */
export async function validateStoredPost(ctx: PostsCtx, post: PostWithTargets, at: Date): Promise<{ ok: boolean; targets: TargetValidation[] }> {
  const ids = [...new Set([...post.media, ...post.targets.flatMap((t) => t.media ?? [])].map((m) => m.mediaId).concat(post.thread.flatMap((p) => p.mediaIds)))];
  const media = new Map((await findMediaInfo(ctx.db, ctx.workspaceId, ids)).map((m) => [m.id, m]));
  const variants = post.targets.flatMap((t) => {
    const connector = ctx.connectors.find(t.network);
    if (!connector) return [];
    return [{ channelId: t.channelId, network: t.network, limits: limitsOf(t.channelLimits, connector), text: t.text ?? post.text, media: t.media ?? post.media }];
  });
  const targets = await check(ctx, variants, { thread: post.thread, at, exceptPostId: post.id, media, campaignId: post.campaignId });
  return { ok: targets.every((t) => t.report.ok && t.thread.every((r) => r.ok)), targets };
}
