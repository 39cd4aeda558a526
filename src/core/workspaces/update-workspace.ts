// Renames a workspace or changes its time zone, audit retention or whether images need alt text.
import { updateWorkspaceRow } from '../../db/queries/workspaces.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { getWorkspace } from './get-workspace.ts';

export type WorkspacePatch = { name?: string; timeZone?: string; auditRetentionDays?: number | null; requireAltText?: boolean };

export async function updateWorkspace(ctx: WorkspaceCtx, patch: WorkspacePatch) {
  if (patch.timeZone && patch.timeZone !== 'UTC' && !Intl.supportedValuesOf('timeZone').includes(patch.timeZone)) {
    throw new AppError('validation_failed', `Unknown time zone ${patch.timeZone}`);
  }
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const before = await getWorkspace(tx);
    const after = await updateWorkspaceRow(db, ctx.workspaceId, patch);
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'workspace.update', targetType: 'workspace', targetId: ctx.workspaceId, before, after });
    return after!;
  });
}
