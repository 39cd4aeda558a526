// Free queue slots: slot instants of a channel that no target of that channel is already set for.
// The calendar shows them; "add to queue" takes the first one free on every channel of a post.
import type { Tx } from '../../../db/client.ts';
import { findTimeZones, findWorkspaceChannel, listBusyTimes } from '../../../db/queries/post-workflow.ts';
import { listChannelsWithSlots, listQueueSlots } from '../../../db/queries/queue-slots.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import { slotTimes } from './slot-times.ts';

export type FreeSlot = { channelId: string; at: Date };
const minute = (d: Date) => Math.floor(d.getTime() / 60_000);

/** Per channel, its free slot instants in [from, to), excluding times taken by targets of other posts than `exceptPostId`. */
export async function freeSlotsByChannel(db: Tx, workspaceId: string, channelIds: string[], from: Date, to: Date, exceptPostId?: string): Promise<Map<string, Date[]>> {
  const { workspace: timeZone } = await findTimeZones(db, workspaceId, null);
  const slots = await listQueueSlots(db, workspaceId, channelIds);
  const busy = await listBusyTimes(db, channelIds, from, to, exceptPostId);
  const result = new Map<string, Date[]>();
  for (const channelId of channelIds) {
    const taken = new Set(busy.filter((b) => b.channelId === channelId).map((b) => minute(b.at)));
    const own = slots.filter((s) => s.channelId === channelId);
    result.set(channelId, slotTimes(own, timeZone, from, to).filter((at) => !taken.has(minute(at))));
  }
  return result;
}

const maxRangeDays = 62;

export async function listFreeSlots(ctx: WorkspaceCtx, input: { from: Date; to: Date; channelId?: string }): Promise<FreeSlot[]> {
  if (input.to <= input.from) throw new AppError('validation_failed', 'to must be after from');
  if (input.to.getTime() - input.from.getTime() > maxRangeDays * 24 * 3600_000) throw new AppError('validation_failed', `Ask for ${maxRangeDays} days at most`);
  if (input.channelId && !(await findWorkspaceChannel(ctx.db, ctx.workspaceId, input.channelId))) throw notFound('Channel');
  const channelIds = input.channelId ? [input.channelId] : await listChannelsWithSlots(ctx.db, ctx.workspaceId);
  const now = ctx.clock.now();
  const from = input.from > now ? input.from : now;
  const byChannel = await freeSlotsByChannel(ctx.db, ctx.workspaceId, channelIds, from, input.to);
  return [...byChannel.entries()].flatMap(([channelId, times]) => times.map((at) => ({ channelId, at }))).sort((a, b) => a.at.getTime() - b.at.getTime() || a.channelId.localeCompare(b.channelId));
}
