// GET /inbox/counts: the numbers beside the inbox navigation. Each count stops at `countCap`: a
// view holding more says so (listed in `capped`, its number is the cap) instead of counting 1M
// rows. byStatus counts every status; mine, unassigned, unread and byHat count within one status
// (open unless asked), the queue a teammate works from.
import type { ConversationView } from '../../../db/queries/conversations-list.ts';
import { countViewsCapped } from '../../../db/queries/conversations-counts.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { allStatuses, getInboxSettings } from '../settings/inbox-settings.ts';
import { inboxHats, type InboxHat } from '../vocabulary.ts';
import { checkStatusIn } from './conversation-view-filter.ts';

export const countCap = 1_000;

export type ConversationCounts = {
  cap: number;
  status: string;
  hat: InboxHat | null;
  byStatus: Record<string, number>;
  /** Null when the caller is an API token (nobody's "mine"). */
  mine: number | null;
  unassigned: number;
  unread: number;
  byHat: Record<InboxHat, number>;
  /** The counts that reached the cap, as paths: "byStatus.open", "unassigned", "byHat.social" ... */
  capped: string[];
};

export async function countConversations(ctx: WorkspaceCtx, input: { hat?: InboxHat; status?: string }): Promise<ConversationCounts> {
  const status = input.status ?? 'open';
  const statuses = allStatuses(await getInboxSettings(ctx));
  if (input.status !== undefined) checkStatusIn(statuses, status);
  const hat = input.hat;
  const inQueue: ConversationView = { status, ...(hat ? { hat } : {}) };
  const views: Record<string, ConversationView> = {};
  for (const s of statuses) views[`byStatus.${s}`] = { status: s, ...(hat ? { hat } : {}) };
  if (ctx.actor.type === 'user') views.mine = { ...inQueue, assigneeId: ctx.actor.id };
  views.unassigned = { ...inQueue, assigneeId: null };
  views.unread = { ...inQueue, unread: true };
  for (const h of inboxHats) views[`byHat.${h}`] = { status, hat: h };
  const counted = await countViewsCapped(ctx.db, ctx.workspaceId, views, countCap);
  const capped = Object.keys(counted).filter((k) => counted[k]! > countCap);
  const n = (key: string) => Math.min(counted[key] ?? 0, countCap);
  return {
    cap: countCap,
    status,
    hat: hat ?? null,
    byStatus: Object.fromEntries(statuses.map((s) => [s, n(`byStatus.${s}`)])),
    mine: 'mine' in counted ? n('mine') : null,
    unassigned: n('unassigned'),
    unread: n('unread'),
    byHat: Object.fromEntries(inboxHats.map((h) => [h, n(`byHat.${h}`)])) as Record<InboxHat, number>,
    capped,
  };
}
