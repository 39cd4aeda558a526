// Records many activities at once, as ingestion does: every channel and person must belong to
// the workspace (checked once per batch, not per row), and rows already stored are skipped.
import { insertActivities } from '../../db/queries/insert-activities.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { assertActivityRefs, type NewActivity } from './activities.ts';

export const activityBatchSize = 1_000;

export async function recordActivities(ctx: WorkspaceCtx, batch: NewActivity[]): Promise<{ inserted: number }> {
  await assertActivityRefs(ctx, batch);
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
