import { eq } from 'drizzle-orm';
import { workspaces } from '../../db/schema/index.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';

export async function getWorkspace(ctx: WorkspaceCtx) {
  const [row] = await ctx.db.select().from(workspaces).where(eq(workspaces.id, ctx.workspaceId));
  if (!row) throw notFound('Workspace');
  return row;
}
