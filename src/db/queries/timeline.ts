// A person's timeline: every activity across channels, newest first, with the channel it came
// through. Served by activities_person_time (workspace_id, person_id, occurred_at desc): the page
// position is written as "occurred_at <= t and (occurred_at < t or id < i)", so the first part is a
// plain range on the index and an index scan stops after `limit` rows at any depth; the id only
// orders rows of the same instant (an incremental sort over that index, never a full sort).
import { and, eq, lt, lte, or, type SQL } from 'drizzle-orm';
import { activities, channels } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import { newestFirst, type PageWindow } from './keyset.ts';

export type TimelineRow = typeof activities.$inferSelect & { channel: { id: string; network: string; displayName: string } };

export async function listTimelinePage(db: Tx, workspaceId: string, personId: string, f: PageWindow): Promise<TimelineRow[]> {
  const where: (SQL | undefined)[] = [eq(activities.workspaceId, workspaceId), eq(activities.personId, personId)];
  if (f.after) where.push(lte(activities.occurredAt, f.after.at), or(lt(activities.occurredAt, f.after.at), lt(activities.id, f.after.id)));
  const rows = await db
    .select({ activity: activities, channelId: channels.id, network: channels.network, channelName: channels.displayName })
    .from(activities)
    .innerJoin(channels, eq(channels.id, activities.channelId))
    .where(and(...where))
    .orderBy(...newestFirst(activities.occurredAt, activities.id))
    .limit(f.limit);
  return rows.map((r) => ({ ...r.activity, channel: { id: r.channelId, network: r.network, displayName: r.channelName } }));
}
