// An import's progress, as the progress bar polls it, and the workspace's recent imports.
import { findPostImport, listPostImports } from '../../../db/queries/post-imports.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';

export async function getImport(ctx: WorkspaceCtx, importId: string) {
  const row = await findPostImport(ctx.db, ctx.workspaceId, importId);
  if (!row) throw notFound('Import');
  return row;
}

export const listImports = (ctx: WorkspaceCtx, limit: number) => listPostImports(ctx.db, ctx.workspaceId, limit);
