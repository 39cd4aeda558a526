// A person's way out of `failed` and `needs_check` for a post target (docs/publishing.md,
// "When a post fails"). Each write is conditional on the target still being in one of those
// states, so it can never overwrite an attempt in flight: the engine only claims `scheduled`
// targets, and a target a person resolved is no longer failed or needs_check.
import { and, eq, inArray } from 'drizzle-orm';
import { postTargets } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import type { PostTarget } from './post-targets.ts';

export const resolvableStates = ['failed', 'needs_check'] as const;

const resolvable = (workspaceId: string, postId: string, targetId: string) =>
  and(eq(postTargets.id, targetId), eq(postTargets.postId, postId), eq(postTargets.workspaceId, workspaceId), inArray(postTargets.state, [...resolvableStates]));

/** The person found the post on the network: published with the URL they give. */
export async function markTargetPublishedByPerson(db: Tx, ids: { workspaceId: string; postId: string; targetId: string }, input: { url: string; now: Date }): Promise<PostTarget | undefined> {
  const [row] = await db
    .update(postTargets)
    .set({ state: 'published', url: input.url, publishedAt: input.now, claimToken: null, claimedAt: null, outcomeUnknown: null, errorKind: null, errorReason: null, updatedAt: input.now })
    .where(resolvable(ids.workspaceId, ids.postId, ids.targetId))
    .returning();
  return row;
}

/**
 * Due again at once, as a fresh start: attempts back to 0 (the engine's first claim makes it 1
 * and moves the post to publishing), and outcome_unknown_since cleared, since a person confirmed
 * the post is not on the network (so the next attempt publishes without a read-back). The last
 * error is cleared with it (the audit entry keeps it): it no longer describes the target.
 */
export async function rescheduleTargetNow(db: Tx, ids: { workspaceId: string; postId: string; targetId: string }, now: Date): Promise<PostTarget | undefined> {
  const [row] = await db
    .update(postTargets)
    .set({ state: 'scheduled', scheduledAt: now, attempts: 0, claimToken: null, claimedAt: null, outcomeUnknown: null, errorKind: null, errorReason: null, updatedAt: now })
    .where(resolvable(ids.workspaceId, ids.postId, ids.targetId))
    .returning();
  return row;
}
