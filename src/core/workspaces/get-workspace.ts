import { findWorkspace } from '../../db/queries/workspaces.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';

export async function getWorkspace(ctx: WorkspaceCtx) {
  const row = await findWorkspace(ctx.db, ctx.workspaceId);
  if (!row) throw notFound('Workspace');
  return row;
}
