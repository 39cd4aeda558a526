// The merges a person took part in (kept or merged away), newest first, for the profile and the
// undo button; a merged person's id shows the history of the person they were merged into too.
import { listMergesOf } from '../../db/queries/person-merges.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { requirePerson } from './people.ts';

export async function listPersonMerges(ctx: WorkspaceCtx, personId: string, limit = 100) {
  await requirePerson(ctx, personId);
  const rows = await listMergesOf(ctx.db, ctx.workspaceId, personId, limit);
  return rows.map(({ moved, ...m }) => {
    const ids = moved as Record<string, unknown>;
    const count = (key: string) => (Array.isArray(ids[key]) ? (ids[key] as unknown[]).length : 0);
    return { ...m, moved: { identities: count('identityIds'), activities: count('activityIds'), conversations: count('conversationIds'), messages: count('messageIds'), notes: count('noteIds') } };
  });
}
