// Records many activities at once, as ingestion does: every channel and person must belong to
// the workspace (checked once per batch, not per row), and rows already stored are skipped.
import { and, eq, inArray } from 'drizzle-orm';
import { channels, people } from '../../db/schema/index.ts';
import { insertActivities } from '../../db/queries/insert-activities.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import type { NewActivity } from './activities.ts';

export const activityBatchSize = 1_000;

export async function recordActivities(ctx: WorkspaceCtx, batch: NewActivity[]): Promise<{ inserted: number }> {
  const channelIds = [...new Set(batch.map((a) => a.channelId))];
  const personIds = [...new Set(batch.flatMap((a) => (a.personId ? [a.personId] : [])))];
  const known = await ctx.db.select({ id: channels.id }).from(channels).where(and(eq(channels.workspaceId, ctx.workspaceId), inArray(channels.id, channelIds)));
  if (known.length !== channelIds.length) throw new AppError('not_found', 'Channel not found');
  if (personIds.length) {
    const found = await ctx.db.select({ id: people.id }).from(people).where(and(eq(people.workspaceId, ctx.workspaceId), inArray(people.id, personIds)));
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
