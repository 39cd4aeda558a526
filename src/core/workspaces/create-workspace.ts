// Creates a workspace with the acting user as its owner.
import { insertMembership } from '../../db/queries/memberships.ts';
import { insertWorkspace } from '../../db/queries/workspaces.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { AppError } from '../shared/errors.ts';

export async function createWorkspace(ctx: Ctx, input: { name: string; timeZone?: string; ownerId: string }) {
  const timeZone = input.timeZone ?? 'UTC';
  if (!Intl.supportedValuesOf('timeZone').includes(timeZone) && timeZone !== 'UTC') {
    throw new AppError('validation_failed', `Unknown time zone ${timeZone}`);
  }
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const workspace = await insertWorkspace(db, { id: newId(), name: input.name.trim(), timeZone, createdAt: ctx.clock.now() });
    const membership = { id: newId(), workspaceId: workspace.id, userId: input.ownerId, role: 'owner' as const, hat: 'both' as const };
    await insertMembership(db, { ...membership, createdAt: ctx.clock.now() });
    await recordAudit(tx, { workspaceId: workspace.id, action: 'workspace.create', targetType: 'workspace', targetId: workspace.id, after: workspace });
    await recordAudit(tx, { workspaceId: workspace.id, action: 'member.add', targetType: 'membership', targetId: membership.id, after: membership });
    return workspace;
  });
}
