// Keeps recurring series going: once an occurrence's time has come (it is publishing, published or
// failed), the one after it is created, so a series always has its next occurrence planned. Runs
// from a job across workspaces; each series in its own transaction, so one bad post stops no other.
import type { Ctx } from '../../shared/context.ts';
import type { ConnectorRegistry } from '../../channels/connector-registry.ts';
import { findPostWithTargets } from '../../../db/queries/posts.ts';
import { listSeriesToContinue } from '../../../db/queries/post-workflow.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { createNextOccurrence } from './recur-post.ts';
import type { ScheduledTarget } from './workflow-ctx.ts';

export type ContinueCtx = Ctx & { connectors: ConnectorRegistry; queuePublish?: (targets: ScheduledTarget[]) => Promise<void> };

export async function continueDueRecurrences(ctx: ContinueCtx, opts: { limit: number }): Promise<{ continued: number }> {
  const due = await listSeriesToContinue(ctx.db, ctx.clock.now(), opts.limit);
  let continued = 0;
  for (const { id, workspaceId } of due) {
    const scheduled = await inTransaction(ctx.db, async (db) => {
      const post = await findPostWithTargets(db, workspaceId, id, { forUpdate: true });
      // The series' owner acts through the system: no member is behind this copy.
      return post ? createNextOccurrence({ ...ctx, db, workspaceId, role: 'owner' }, post) : [];
    });
    if (scheduled.length > 0) await ctx.queuePublish?.(scheduled);
    continued++;
  }
  return { continued };
}
