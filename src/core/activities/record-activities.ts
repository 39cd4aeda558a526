// Records many activities at once, as ingestion does: every channel and person must belong to
// the workspace (checked once per batch, not per row), and rows already stored are skipped.
import { findChannelIds } from '../../db/queries/channels.ts';
import { insertActivities } from '../../db/queries/insert-activities.ts';
import { findPersonIds } from '../../db/queries/people.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import type { NewActivity } from './activities.ts';

export const activityBatchSize = 1_000;

export async function recordActivities(ctx: WorkspaceCtx, batch: NewActivity[]): Promise<{ inserted: number }> {
  const channelIds = [...new Set(batch.map((a) => a.channelId))];
  const personIds = [...new Set(batch.flatMap((a) => (a.personId ? [a.personId] : [])))];
  const known = await findChannelIds(ctx.db, ctx.workspaceId, channelIds);
  if (known.length !== channelIds.length) throw new AppError('not_found', 'Channel not found');
  if (personIds.length) {
    const found = await findPersonIds(ctx.db, ctx.workspaceId, personIds);
    if (found.length !== personIds.length) throw new AppError('not_found', 'Person not found');
  }
  const now = ctx.clock.now();
  let inserted = 0;
  for (let i = 0; i < batch.length; i += activityBatchSize) {
    const rows = batch.slice(i, i + activityBatchSize).map((a) => ({
      id: newId(),
      workspaceId: ctx.workspaceId,
      personId: a.personId ?? null,
      channelId: a.channelId,
      type: a.type,
      externalId: a.externalId,
      occurredAt: a.occurredAt,
      data: a.data ?? {},
      createdAt: now,
    }));
    inserted += await insertActivities(ctx.db, rows);
  }
  return { inserted };
}
