// Renames a workspace or changes its time zone or audit retention.
import { eq } from 'drizzle-orm';
import { workspaces } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { getWorkspace } from './get-workspace.ts';

export type WorkspacePatch = { name?: string; timeZone?: string; auditRetentionDays?: number | null };

export async function updateWorkspace(ctx: WorkspaceCtx, patch: WorkspacePatch) {
  if (patch.timeZone && patch.timeZone !== 'UTC' && !Intl.supportedValuesOf('timeZone').includes(patch.timeZone)) {
    throw new AppError('validation_failed', `Unknown time zone ${patch.timeZone}`);
  }
  return ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    const before = await getWorkspace(tx);
    const [after] = await db.update(workspaces).set(patch).where(eq(workspaces.id, ctx.workspaceId)).returning();
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'workspace.update', targetType: 'workspace', targetId: ctx.workspaceId, before, after });
    return after!;
  });
}
