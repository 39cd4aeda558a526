// Deletes one workspace's audit entries older than its retention (or the instance default).
// Each batch is its own transaction together with an 'audit.retention' entry counting exactly what
// that batch removed, so a crash between batches never leaves a deletion unrecorded, and running
// it again deletes nothing more and records nothing (idempotent). A normal night is one batch.
import { deleteExpiredAudit } from '../../db/queries/audit.ts';
import { findWorkspace } from '../../db/queries/workspaces.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../../core/audit/record-audit.ts';
import type { Ctx } from '../../core/shared/context.ts';

export type PurgeInput = { workspaceId: string; defaultRetentionDays: number; batchSize?: number };
export type PurgeResult = { deleted: number; batches: number };

const dayMs = 24 * 60 * 60 * 1000;

export async function purgeExpiredAudit(ctx: Ctx, input: PurgeInput): Promise<PurgeResult> {
  const workspace = await findWorkspace(ctx.db, input.workspaceId);
  // Deleted since the job was queued: nothing left to purge.
  if (!workspace) return { deleted: 0, batches: 0 };
  const retentionDays = workspace.auditRetentionDays ?? input.defaultRetentionDays;
  const cutoff = new Date(ctx.clock.now().getTime() - retentionDays * dayMs);
  const batchSize = input.batchSize ?? 5000;

  const result: PurgeResult = { deleted: 0, batches: 0 };
  for (;;) {
    const deleted = await inTransaction(ctx.db, async (db) => {
      const count = await deleteExpiredAudit(db, input.workspaceId, cutoff, batchSize);
      if (count > 0) {
        await recordAudit({ ...ctx, db }, {
          workspaceId: input.workspaceId,
          action: 'audit.retention',
          targetType: 'workspace',
          targetId: input.workspaceId,
          after: { deleted: count, retentionDays, olderThan: cutoff.toISOString() },
        });
      }
      return count;
    });
    if (deleted > 0) {
      result.deleted += deleted;
      result.batches += 1;
    }
    if (deleted < batchSize) return result;
  }
}
