// The publishing engine's writes on post targets (docs/adr/0012-publishing-exactly-once.md). Every
// change after the claim is fenced by the claim token: only the worker holding the current claim
// can store a result, so a worker that lost its lease can never overwrite its successor's work.
import { and, asc, eq, getTableColumns, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { posts, postTargets, type PostState, type TargetState } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type PostTarget = typeof postTargets.$inferSelect;

const iso = (d: Date) => d.toISOString();

/**
 * The claim: one conditional UPDATE, so however many workers race for a target exactly one gets
 * the row back. A due `scheduled` target is claimed; so is a `publishing` one whose claim is older
 * than the lease (its worker died or hung), and then the attempt counts as possibly having
 * reached the network only if that worker had marked a call as started (outcome_unknown_since).
 */
export async function claimTarget(db: Tx, input: ClaimInput): Promise<PostTarget | undefined> {
  const [row] = await claimUpdate(db, input).returning();
  return row;
}

type ClaimInput = { targetId: string; token: string; now: Date; leaseSeconds: number };

function claimUpdate(db: Tx, input: ClaimInput) {
  const staleBefore = new Date(input.now.getTime() - input.leaseSeconds * 1000);
  return db
    .update(postTargets)
    .set({ state: 'publishing', attempts: sql`${postTargets.attempts} + 1`, claimToken: input.token, claimedAt: input.now, updatedAt: input.now })
    .where(
      and(
        eq(postTargets.id, input.targetId),
        or(
          and(eq(postTargets.state, 'scheduled'), lte(postTargets.scheduledAt, input.now)),
          and(eq(postTargets.state, 'publishing'), lte(postTargets.claimedAt, staleBefore)),
        ),
      ),
    );
}

/**
 * The claim as above, and in the same statement (so one round trip, committed before any network
 * call): the post marked `publishing` on its first claim, and the post's content read. `post` is
 * null when the post was deleted. Nothing else is locked: the post row only on the first claim,
 * for the length of this statement.
 */
export async function claimTargetWithPost(db: Tx, input: ClaimInput): Promise<{ target: PostTarget; post: PostForPublish | null } | undefined> {
  const claimed = db.$with('claimed').as(claimUpdate(db, input).returning());
  const marked = db.$with('marked').as(
    db
      .update(posts)
      .set({ state: 'publishing', updatedAt: sql`now()` })
      .where(and(inArray(posts.id, db.select({ id: claimed.postId }).from(claimed).where(eq(claimed.attempts, 1))), eq(posts.state, 'scheduled')))
      .returning({ id: posts.id }),
  );
  const target = Object.fromEntries(Object.keys(getTableColumns(postTargets)).map((k) => [k, claimed[k as keyof PostTarget]])) as { [K in keyof PostTarget]: (typeof claimed)[K] };
  const [row] = await db.with(claimed, marked).select({ target, post: postForPublishColumns }).from(claimed).leftJoin(posts, eq(posts.id, claimed.postId));
  return row;
}

/** What the engine publishes from a post: its shared content and where it belongs. */
export type PostForPublish = Pick<typeof posts.$inferSelect, 'id' | 'workspaceId' | 'campaignId' | 'text' | 'media' | 'thread' | 'firstComment'>;

const postForPublishColumns = { id: posts.id, workspaceId: posts.workspaceId, campaignId: posts.campaignId, text: posts.text, media: posts.media, thread: posts.thread, firstComment: posts.firstComment };

export async function findPostForPublish(db: Tx, postId: string): Promise<PostForPublish | undefined> {
  const [row] = await db.select(postForPublishColumns).from(posts).where(eq(posts.id, postId));
  return row;
}

export async function findTarget(db: Tx, targetId: string): Promise<PostTarget | undefined> {
  const [row] = await db.select().from(postTargets).where(eq(postTargets.id, targetId));
  return row;
}

const held = (targetId: string, token: string) => and(eq(postTargets.id, targetId), eq(postTargets.state, 'publishing'), eq(postTargets.claimToken, token));

/** Fenced update by the claim holder; undefined when the claim was lost. */
async function updateHeld(db: Tx, targetId: string, token: string, changes: Partial<typeof postTargets.$inferInsert>): Promise<PostTarget | undefined> {
  const [row] = await db.update(postTargets).set(changes).where(held(targetId, token)).returning();
  return row;
}

/** Written and committed right before a network call: from here on the outcome may be unknown. */
export const markCallStarted = (db: Tx, targetId: string, token: string, now: Date) =>
  updateHeld(db, targetId, token, { outcomeUnknown: sql`coalesce(${postTargets.outcomeUnknown}, ${iso(now)}::timestamptz)` as unknown as Date, updatedAt: now });

/** The first post is on the network (or was found there): its id is kept before anything else. */
export const storeMainPost = (db: Tx, targetId: string, token: string, input: { externalId: string; url: string; now: Date }) =>
  updateHeld(db, targetId, token, { externalId: input.externalId, url: input.url, outcomeUnknown: null, updatedAt: input.now });

/** A later thread part or the first comment is on the network: appended in order. */
export const storePartId = (db: Tx, targetId: string, token: string, input: { partId: string; now: Date }) =>
  updateHeld(db, targetId, token, { partIds: sql`${postTargets.partIds} || ${JSON.stringify([input.partId])}::jsonb` as unknown as string[], outcomeUnknown: null, updatedAt: input.now });

/** The network answered without publishing (refused, rate limited): the outcome is known again. */
export const clearUnknown = (db: Tx, targetId: string, token: string, now: Date) => updateHeld(db, targetId, token, { outcomeUnknown: null, updatedAt: now });

export const completeTarget = (db: Tx, targetId: string, token: string, input: { now: Date; watchRepliesUntil: Date }) =>
  updateHeld(db, targetId, token, { state: 'published', publishedAt: input.now, watchRepliesUntil: input.watchRepliesUntil, claimToken: null, errorKind: null, errorReason: null, outcomeUnknown: null, updatedAt: input.now });

export const failTarget = (db: Tx, targetId: string, token: string, input: { now: Date; errorKind: string; errorReason: string }) =>
  updateHeld(db, targetId, token, { state: 'failed', errorKind: input.errorKind, errorReason: input.errorReason, claimToken: null, updatedAt: input.now });

/** The outcome is unknown and nobody can ask the network: a person has to look. */
export const markNeedsCheck = (db: Tx, targetId: string, token: string, input: { now: Date; errorKind: string; errorReason: string }) =>
  updateHeld(db, targetId, token, { state: 'needs_check', errorKind: input.errorKind, errorReason: input.errorReason, claimToken: null, updatedAt: input.now });

/**
 * Back to `scheduled` at a later time. outcome_unknown_since stays as it is unless `known` (the
 * network answered, so the next attempt needs no read-back). `free`: the attempt does not count
 * towards the limit (the network asked us to wait; nothing failed).
 */
export const releaseForRetry = (db: Tx, targetId: string, token: string, input: { now: Date; at: Date; errorKind: string; errorReason: string; known?: boolean; free?: boolean }) =>
  updateHeld(db, targetId, token, {
    state: 'scheduled',
    scheduledAt: input.at,
    claimToken: null,
    claimedAt: null,
    errorKind: input.errorKind,
    errorReason: input.errorReason,
    updatedAt: input.now,
    ...(input.known ? { outcomeUnknown: null } : {}),
    ...(input.free ? { attempts: sql`greatest(${postTargets.attempts} - 1, 0)` as unknown as number } : {}),
  });

export type DueTarget = { id: string; scheduledAt: Date; attempts: number };

/** Scheduled targets due before `dueBefore` (their job should have run by now): the sweep's first half. */
export async function findDueTargets(db: Tx, input: { dueBefore: Date; limit: number }): Promise<DueTarget[]> {
  const rows = await db
    .select({ id: postTargets.id, scheduledAt: postTargets.scheduledAt, attempts: postTargets.attempts })
    .from(postTargets)
    .where(and(eq(postTargets.state, 'scheduled'), lte(postTargets.scheduledAt, input.dueBefore)))
    .orderBy(asc(postTargets.scheduledAt))
    .limit(input.limit);
  return rows.map((r) => ({ ...r, scheduledAt: r.scheduledAt! }));
}

/** Targets whose claim outlived the lease: the worker died or hung. */
export async function findStaleTargets(db: Tx, input: { claimedBefore: Date; limit: number }): Promise<DueTarget[]> {
  const rows = await db
    .select({ id: postTargets.id, scheduledAt: postTargets.scheduledAt, attempts: postTargets.attempts })
    .from(postTargets)
    .where(and(eq(postTargets.state, 'publishing'), lte(postTargets.claimedAt, input.claimedBefore)))
    .orderBy(asc(postTargets.claimedAt))
    .limit(input.limit);
  // A claimed target always had a time; the sweep re-queues it to run now either way.
  return rows.map((r) => ({ ...r, scheduledAt: r.scheduledAt ?? new Date(0) }));
}

/** Targets per state, optionally for some posts only (tests, the bench, the /metrics gauge). */
export async function countTargetsByState(db: Tx, postIds?: string[]): Promise<Partial<Record<TargetState, number>>> {
  const rows = await db
    .select({ state: postTargets.state, n: sql<number>`count(*)::int` })
    .from(postTargets)
    .where(postIds ? inArray(postTargets.postId, postIds) : undefined)
    .groupBy(postTargets.state);
  return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
}

/** Targets still waiting to be published or mid-attempt, for a bench or test to wait on. */
export async function countUnsettledTargets(db: Tx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(postTargets).where(inArray(postTargets.state, ['scheduled', 'publishing']));
  return Number(row?.n ?? 0);
}

/** The post's state follows its targets once publishing has begun; `undefined` leaves it unchanged. */
export function postStateFrom(states: TargetState[]): PostState | undefined {
  const live = states.filter((s) => s !== 'cancelled');
  if (live.length === 0) return undefined;
  if (live.every((s) => s === 'published')) return 'published';
  if (live.includes('needs_check')) return 'needs_check';
  if (live.includes('failed')) return 'failed';
  if (live.includes('publishing')) return 'publishing';
  return undefined;
}

/** Inside an open transaction: locks the post row, then sets its state from its targets. */
export async function refreshPostStateIn(tx: Tx, postId: string): Promise<PostState | undefined> {
  const [post] = await tx.select({ state: posts.state }).from(posts).where(eq(posts.id, postId)).for('update');
  if (!post) return undefined;
  const rows = await tx.select({ state: postTargets.state }).from(postTargets).where(eq(postTargets.postId, postId));
  const next = postStateFrom(rows.map((r) => r.state));
  if (!next || next === post.state) return post.state;
  await tx.update(posts).set({ state: next, updatedAt: sql`now()` }).where(eq(posts.id, postId));
  return next;
}

/**
 * Sets post.state from its targets: all published -> published; any needs_check -> needs_check;
 * any failed -> failed; any publishing -> publishing. Otherwise (all still scheduled) unchanged.
 * The post row is locked first, so two workers finishing sibling targets at once serialise here.
 */
export function refreshPostState(db: Tx, postId: string): Promise<PostState | undefined> {
  return db.transaction((tx) => refreshPostStateIn(tx, postId));
}

/** The first claim of a post's targets: one statement, no lock held beyond it. */
export async function markPostPublishing(db: Tx, postId: string): Promise<void> {
  await db.update(posts).set({ state: 'publishing', updatedAt: sql`now()` }).where(and(eq(posts.id, postId), eq(posts.state, 'scheduled')));
}

/** Targets that are published but whose id was never stored would be lost: none may exist. */
export async function countPublishedWithoutId(db: Tx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(postTargets).where(and(eq(postTargets.state, 'published'), isNull(postTargets.externalId)));
  return Number(row?.n ?? 0);
}
