// Edits a post. A change to what would be published (text, media, thread, first comment, a
// channel's variant or settings, the channels themselves) bumps `revision`, so approvals given to
// the old one no longer count; if the post was in review, approved or scheduled it goes back to
// draft and its scheduled targets back to pending (their jobs then find nothing due). Labels and
// campaign are bookkeeping: no new revision. Nothing already publishing or published is touched:
// such a post answers invalid_transition.
import { isDeepStrictEqual } from 'node:util';
import { deleteTargets, findPostWithTargets, insertTargets, unscheduleTargetsOfPost, updatePostRow, updateTargetRow, type PostWithTargets, type TargetView } from '../../../db/queries/posts.ts';
import type { PostState, TargetState } from '../../../db/schema/index.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { AppError } from '../../shared/errors.ts';
import { contentColumns, requireCampaign, targetRow } from './create-post.ts';
import { requirePost } from './get-post.ts';
import { normaliseLabels, type PostContent, type TargetInput } from './post-input.ts';
import { toPostView, type PostView } from './post-view.ts';
import type { PostsCtx } from './posts-ctx.ts';
import { resolveTargets, type ResolvedTarget } from './resolve-targets.ts';

export type PostPatch = PostContent & { targets?: TargetInput[] };

const lockedPostStates: PostState[] = ['publishing', 'published'];
// A target that may have reached the network is history: its variant and its row stay as they are.
const lockedTargetStates: TargetState[] = ['publishing', 'published', 'needs_check'];
const backToDraft: PostState[] = ['in_review', 'approved', 'scheduled'];

// By value, whatever the key order: PostgreSQL's jsonb gives keys back in its own order, so a
// string comparison would see an untouched variant as changed (and send an approved post back).
const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v ?? null));
const same = (a: unknown, b: unknown) => isDeepStrictEqual(asJson(a), asJson(b));

function publishedContent(p: { text: string; media: unknown; thread: unknown; firstComment: string | null }) {
  return { text: p.text, media: p.media, thread: p.thread, firstComment: p.firstComment };
}

function targetChanged(existing: TargetView, next: ResolvedTarget): boolean {
  return !same(existing.text, next.text) || !same(existing.media, next.media) || !same(existing.settings, next.settings);
}

function refuseLocked(message: string): never {
  throw new AppError('invalid_transition', message);
}

export async function updatePost(ctx: PostsCtx, postId: string, patch: PostPatch): Promise<PostView> {
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const before = await requirePost(tx, postId, { forUpdate: true });
    if (lockedPostStates.includes(before.state)) refuseLocked(`This post is ${before.state}: it can no longer be edited`);

    const merged = { ...contentColumns({ ...before, ...stripUndefined(patch) }) };
    const contentChanged = !same(publishedContent(before), publishedContent(merged));
    const targetInputs = patch.targets ?? before.targets.map((t) => ({ channelId: t.channelId, text: t.text, media: t.media, settings: t.settings }));
    if (targetInputs.length === 0) throw new AppError('validation_failed', 'Choose at least one channel');

    const history = before.targets.find((t) => lockedTargetStates.includes(t.state));
    if (contentChanged && history) refuseLocked(`The post is already ${history.state} on ${history.channelName}: its shared content can no longer change`);

    let targetsChanged = false;
    if (contentChanged || patch.targets) {
      const { targets } = await resolveTargets(tx, merged, targetInputs);
      targetsChanged = await applyTargets(tx, before, targets);
    }
    if (patch.campaignId !== undefined) await requireCampaign(tx, patch.campaignId);

    const now = ctx.clock.now();
    const revised = contentChanged || targetsChanged;
    const state = revised && backToDraft.includes(before.state) ? 'draft' : before.state;
    if (state !== before.state) await unscheduleTargetsOfPost(db, ctx.workspaceId, postId, now);
    await updatePostRow(db, ctx.workspaceId, postId, { ...merged, labels: normaliseLabels(merged.labels), state, revision: revised ? before.revision + 1 : before.revision, updatedAt: now });

    const after = toPostView((await findPostWithTargets(db, ctx.workspaceId, postId))!);
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'post.update', targetType: 'post', targetId: postId, before: toPostView(before), after });
    return after;
  });
}

/** Brings the stored targets in line with the resolved list; true when anything publishable changed. */
async function applyTargets(ctx: PostsCtx, before: PostWithTargets, next: ResolvedTarget[]): Promise<boolean> {
  const now = ctx.clock.now();
  const removed = before.targets.filter((t) => !next.some((n) => n.channelId === t.channelId));
  const added = next.filter((n) => !before.targets.some((t) => t.channelId === n.channelId));
  const changed = next.flatMap((n) => {
    const existing = before.targets.find((t) => t.channelId === n.channelId);
    return existing && targetChanged(existing, n) ? [{ existing, next: n }] : [];
  });
  for (const t of [...removed, ...changed.map((c) => c.existing)]) {
    if (lockedTargetStates.includes(t.state)) refuseLocked(`The post is already ${t.state} on ${t.channelName}: that version can no longer change`);
  }
  await deleteTargets(ctx.db, ctx.workspaceId, removed.map((t) => t.id));
  await insertTargets(ctx.db, added.map((t) => targetRow(ctx, before.id, t, now)));
  for (const c of changed) await updateTargetRow(ctx.db, ctx.workspaceId, c.existing.id, { text: c.next.text, media: c.next.media, settings: c.next.settings, updatedAt: now });
  return removed.length + added.length + changed.length > 0;
}

const stripUndefined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
