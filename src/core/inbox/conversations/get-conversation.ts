// GET /inbox/conversations/{id}: the conversation, the latest page of its thread (oldest first
// within the page; `earlierCursor` reads the page before), its triage history and the channel a
// reply goes out on, with its limits and capabilities. The person panel comes from the people API.
import type { ChannelServices } from '../../channels/channels-ctx.ts';
import { findConversationChannel, listConversationMessages } from '../../../db/queries/conversations-detail.ts';
import { listConversationRowsByIds } from '../../../db/queries/conversations-list.ts';
import { listConversationEvents } from '../../../db/queries/conversation-events.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { decodeCursor, encodeCursor } from '../../shared/cursor.ts';
import { notFound } from '../../shared/errors.ts';
import { presentSummary, type ConversationSummary } from './conversation-summary.ts';
import { threadView, type ThreadMessage } from './message-thread-view.ts';
import { triageEventTypes } from './triage-events.ts';
import type { InboxHat } from '../vocabulary.ts';

export type GetConversationCtx = WorkspaceCtx & Pick<ChannelServices, 'connectors'>;

export type ConversationDetail = {
  conversation: ConversationSummary & { mergedIntoId: string | null; firstResponseAt: Date | null; slaPolicyId: string | null; threadKey: string };
  messages: ThreadMessage[];
  earlierCursor: string | null;
  events: { id: string; type: string; userId: string | null; data: Record<string, unknown>; occurredAt: Date }[];
  channel: { id: string; network: string; displayName: string; accountHandle: string | null; status: string; health: string; inboxHat: InboxHat; limits: unknown; capabilities: string[] };
};

export async function getConversation(ctx: GetConversationCtx, conversationId: string, opts: { before?: string; limit?: number } = {}): Promise<ConversationDetail> {
  const [row] = await listConversationRowsByIds(ctx.db, ctx.workspaceId, [conversationId]);
  if (!row) throw notFound('Conversation');
  const limit = opts.limit ?? 100;
  const [messageRows, channel, events] = [
    await listConversationMessages(ctx.db, ctx.workspaceId, conversationId, { before: decodeCursor(opts.before), limit: limit + 1 }),
    await findConversationChannel(ctx.db, ctx.workspaceId, row.conversation.channelId),
    await listConversationEvents(ctx.db, ctx.workspaceId, conversationId, [...triageEventTypes]),
  ];
  const page = messageRows.slice(0, limit);
  const oldest = page.at(-1);
  const connector = ctx.connectors.find(channel!.network);
  const storedLimits = channel!.limits as Record<string, unknown> | null;
  const c = row.conversation;
  return {
    conversation: { ...presentSummary(row, ctx.clock.now()), mergedIntoId: c.mergedIntoId, firstResponseAt: c.firstResponseAt, slaPolicyId: c.slaPolicyId, threadKey: c.threadKey },
    messages: threadView(page.reverse()),
    earlierCursor: messageRows.length > limit && oldest ? encodeCursor(oldest.message.occurredAt, oldest.message.id) : null,
    events: events.map((e) => ({ id: e.id, type: e.type, userId: e.userId, data: e.data, occurredAt: e.occurredAt })),
    channel: {
      ...channel!,
      // Limits read from the account win; before the first read, the network's defaults.
      limits: storedLimits && Object.keys(storedLimits).length ? storedLimits : (connector?.manifest.defaultLimits ?? null),
      capabilities: [...(connector?.manifest.capabilities ?? [])],
    },
  };
}
