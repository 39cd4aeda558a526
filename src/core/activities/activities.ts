// The append-only activity log. Writing the same (channel, type, external id) twice stores it
// once, which is what makes every ingestion retry safe.
import { findActivityByExternalId, insertActivityIfNew, listActivityPage } from '../../db/queries/activities.ts';
import { findChannelIds } from '../../db/queries/channels.ts';
import { findPersonIds } from '../../db/queries/people.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { pageWindow, toPage } from '../shared/cursor.ts';
import { notFound } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';

export type NewActivity = {
  channelId: string;
  personId?: string | null;
  type: string;
  externalId: string;
  occurredAt: Date;
  data?: Record<string, unknown>;
};

/** Every channel and person the activities point at must belong to the workspace: one query each. */
export async function assertActivityRefs(ctx: WorkspaceCtx, batch: NewActivity[]): Promise<void> {
  const channelIds = [...new Set(batch.map((a) => a.channelId))];
  const personIds = [...new Set(batch.flatMap((a) => (a.personId ? [a.personId] : [])))];
  if ((await findChannelIds(ctx.db, ctx.workspaceId, channelIds)).length !== channelIds.length) throw notFound('Channel');
  if (personIds.length && (await findPersonIds(ctx.db, ctx.workspaceId, personIds)).length !== personIds.length) throw notFound('Person');
}

export async function recordActivity(ctx: WorkspaceCtx, input: NewActivity) {
  await assertActivityRefs(ctx, [input]);
  const row = await insertActivityIfNew(ctx.db, { id: newId(), workspaceId: ctx.workspaceId, ...input, data: input.data ?? {}, createdAt: ctx.clock.now() });
  if (row) return { created: true, activity: row };
  const existing = await findActivityByExternalId(ctx.db, input);
  return { created: false, activity: existing! };
}

export type ActivityFilter = { personId?: string; cursor?: string; limit: number };

export async function listActivities(ctx: WorkspaceCtx, f: ActivityFilter) {
  const rows = await listActivityPage(ctx.db, ctx.workspaceId, { personId: f.personId, ...pageWindow(f.cursor, f.limit) });
  return toPage(rows, f.limit, (r) => r.occurredAt);
}
