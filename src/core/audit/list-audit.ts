// The audit log of one workspace, newest first, filtered and paged by a keyset cursor.
import { listAuditPage } from '../../db/queries/audit.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { pageWindow, toPage } from '../shared/cursor.ts';

export type AuditFilter = {
  action?: string;
  actor?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
  cursor?: string;
  limit: number;
};

export async function listAudit(ctx: WorkspaceCtx, f: AuditFilter) {
  // `member.*` asks for every action of a kind.
  const prefix = f.action?.endsWith('.*') ? f.action.slice(0, -1) : undefined;
  const rows = await listAuditPage(ctx.db, ctx.workspaceId, {
    action: prefix ? undefined : f.action,
    actionPrefix: prefix,
    actorContains: f.actor,
    targetType: f.targetType,
    targetId: f.targetId,
    from: f.from,
    to: f.to,
    ...pageWindow(f.cursor, f.limit),
  });
  return toPage(rows, f.limit, (r) => r.createdAt);
}
