// The append-only activity log. Writing the same (channel, type, external id) twice stores it
// once, which is what makes every ingestion retry safe.
import { findActivityByExternalId, insertActivityIfNew, listActivityPage } from '../../db/queries/activities.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { pageWindow, toPage } from '../shared/cursor.ts';
import { newId } from '../shared/ids.ts';
import { getChannel } from '../channels/get-channel.ts';
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
