// The merges a person took part in (kept or merged away), newest first, for the profile and the
// undo button, with how many rows of each kind each merge moved.
import { listMergesOf } from '../../db/queries/person-merges.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { countMoved } from './merge-people.ts';
import { requirePerson } from './people.ts';

export async function listPersonMerges(ctx: WorkspaceCtx, personId: string, limit = 100) {
  await requirePerson(ctx, personId);
  const rows = await listMergesOf(ctx.db, ctx.workspaceId, personId, limit);
  return rows.map(({ moved, ...m }) => ({ ...m, moved: countMoved(moved) }));
}
