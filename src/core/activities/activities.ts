// The append-only activity log. Writing the same (channel, type, external id) twice stores it
// once, which is what makes every ingestion retry safe.
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { activities } from '../../db/schema/index.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { afterCursor, toPage } from '../shared/cursor.ts';
import { newId } from '../shared/ids.ts';
import { getChannel } from '../channels/channels.ts';
import { getPerson } from '../people/people.ts';

export type NewActivity = {
  channelId: string;
  personId?: string | null;
  type: string;
  externalId: string;
  occurredAt: Date;
  data?: Record<string, unknown>;
};

export async function recordActivity(ctx: WorkspaceCtx, input: NewActivity) {
  await getChannel(ctx, input.channelId);
  if (input.personId) await getPerson(ctx, input.personId);
  const [row] = await ctx.db
    .insert(activities)
    .values({ id: newId(), workspaceId: ctx.workspaceId, ...input, data: input.data ?? {}, createdAt: ctx.clock.now() })
    .onConflictDoNothing({ target: [activities.channelId, activities.type, activities.externalId] })
    .returning();
  if (row) return { created: true, activity: row };
  const [existing] = await ctx.db
    .select()
    .from(activities)
    .where(and(eq(activities.channelId, input.channelId), eq(activities.type, input.type), eq(activities.externalId, input.externalId)));
  return { created: false, activity: existing! };
}

export type ActivityFilter = { personId?: string; cursor?: string; limit: number };

export async function listActivities(ctx: WorkspaceCtx, f: ActivityFilter) {
  const where: SQL[] = [eq(activities.workspaceId, ctx.workspaceId)];
  if (f.personId) where.push(eq(activities.personId, f.personId));
  const after = afterCursor(f.cursor, activities.occurredAt, activities.id);
  if (after) where.push(after);
  const rows = await ctx.db
    .select()
    .from(activities)
    .where(and(...where))
    .orderBy(desc(activities.occurredAt), desc(activities.id))
    .limit(f.limit + 1);
  return toPage(rows, f.limit, (r) => r.occurredAt);
}
