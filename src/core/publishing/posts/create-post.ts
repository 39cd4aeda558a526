// Creates a draft: the shared content and one target per channel, each with a fresh unguessable
// idempotency key (sent to the network on every attempt, never reused). Limits are not enforced
// here: a draft may be over a limit while it is being written; validate-post reports it and the
// workflow refuses to schedule it.
import { randomBytes } from 'node:crypto';
import { campaignExists, insertPostWithTargets, type NewTarget } from '../../../db/queries/posts.ts';
import { inTransaction } from '../../../db/transaction.ts';
import type { postSources } from '../../../db/schema/index.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { AppError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { normaliseLabels, type PostContent, type PostInput } from './post-input.ts';
import { toPostView, type PostView } from './post-view.ts';
import type { PostsCtx } from './posts-ctx.ts';
import { resolveTargets, type ResolvedTarget } from './resolve-targets.ts';

/** 32 random bytes: what the network deduplicates on, so it must not be guessable or shared. */
export const newIdempotencyKey = (): string => `tdm_${randomBytes(32).toString('base64url')}`;

export async function requireCampaign(ctx: PostsCtx, campaignId: string | null | undefined): Promise<void> {
  if (campaignId && !(await campaignExists(ctx.db, ctx.workspaceId, campaignId))) throw new AppError('not_found', 'Campaign not found');
}

export function targetRow(ctx: PostsCtx, postId: string, t: ResolvedTarget, now: Date): NewTarget {
  return { id: newId(), workspaceId: ctx.workspaceId, postId, channelId: t.channelId, text: t.text, media: t.media, settings: t.settings, idempotencyKey: newIdempotencyKey(), state: 'pending', createdAt: now, updatedAt: now };
}

export const contentColumns = (c: PostContent) => ({
  text: c.text ?? '',
  media: c.media ?? [],
  thread: c.thread ?? [],
  firstComment: c.firstComment?.trim() ? c.firstComment : null,
  labels: normaliseLabels(c.labels),
  campaignId: c.campaignId ?? null,
});

export async function createPost(ctx: PostsCtx, input: PostInput & { source?: (typeof postSources)[number] }): Promise<PostView> {
  if (input.targets.length === 0) throw new AppError('validation_failed', 'Choose at least one channel');
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const { targets } = await resolveTargets(tx, input, input.targets);
    await requireCampaign(tx, input.campaignId);
    const now = ctx.clock.now();
    const id = newId();
    const post = await insertPostWithTargets(
      db,
      { id, workspaceId: ctx.workspaceId, authorId: ctx.actor.type === 'user' ? ctx.actor.id : null, state: 'draft', ...contentColumns(input), source: input.source ?? 'composer', revision: 1, createdAt: now, updatedAt: now },
      targets.map((t) => targetRow(tx, id, t, now)),
    );
    const view = toPostView(post);
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'post.create', targetType: 'post', targetId: id, after: view });
    return view;
  });
}
