// A channel's weekly queue: the times "add to queue" fills, in the workspace's time zone.
import { findWorkspaceChannel, findTimeZones } from '../../../db/queries/post-workflow.ts';
import { listQueueSlots, replaceQueueSlots } from '../../../db/queries/queue-slots.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { formatMinute, parseMinute } from './slot-times.ts';

export type QueueSlotInput = { weekday: number; time: string };

async function requireChannel(ctx: WorkspaceCtx, channelId: string) {
  const channel = await findWorkspaceChannel(ctx.db, ctx.workspaceId, channelId);
  if (!channel) throw notFound('Channel');
  return channel;
}

async function view(ctx: WorkspaceCtx, channelId: string) {
  const slots = await listQueueSlots(ctx.db, ctx.workspaceId, [channelId]);
  const { workspace } = await findTimeZones(ctx.db, ctx.workspaceId, null);
  return { channelId, timeZone: workspace, slots: slots.map((s) => ({ weekday: s.weekday, time: formatMinute(s.minuteOfDay) })) };
}

export async function getQueueSlots(ctx: WorkspaceCtx, channelId: string) {
  await requireChannel(ctx, channelId);
  return view(ctx, channelId);
}

export async function putQueueSlots(ctx: WorkspaceCtx, channelId: string, slots: QueueSlotInput[]) {
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    await requireChannel(tx, channelId);
    const minutes = slots.map((s) => ({ weekday: s.weekday, minuteOfDay: parseMinute(s.time) }));
    if (minutes.some((m) => m.minuteOfDay === undefined || !Number.isInteger(m.weekday) || m.weekday < 0 || m.weekday > 6)) throw new AppError('validation_failed', 'Each slot needs a weekday 0 (Monday) to 6 (Sunday) and a time HH:mm');
    const unique = [...new Map(minutes.map((m) => [`${m.weekday}-${m.minuteOfDay}`, m])).values()];
    const before = await view(tx, channelId);
    const now = ctx.clock.now();
    await replaceQueueSlots(db, ctx.workspaceId, channelId, unique.map((m) => ({ id: newId(), workspaceId: ctx.workspaceId, channelId, weekday: m.weekday, minuteOfDay: m.minuteOfDay!, createdAt: now })));
    const after = await view(tx, channelId);
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'queue_slots.update', targetType: 'channel', targetId: channelId, before: before.slots, after: after.slots });
    return after;
  });
}
