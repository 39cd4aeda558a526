// Everything an attempt needs once a reply is claimed: its conversation, the channel and its
// connector, how that connector avoids a second post when an outcome is unknown, and a connector
// context whose every request ends at the attempt's deadline.
import type { ConnectorContext } from '../../../../connectors/sdk/context.ts';
import type { Connector } from '../../../../connectors/sdk/manifest.ts';
import { findConversationForReply, type MessageRow } from '../../../../db/queries/messages.ts';
import { buildConnectorContext } from '../../../channels/build-connector-context.ts';
import { loadChannel } from '../../../channels/load-channel.ts';
import { idempotencyMode, withDeadline, type IdempotencyMode } from '../../../publishing/engine/load-work.ts';
import { DIRECT_THREAD_PREFIX, isDirectConversation } from '../conversation-kind.ts';
import { channelIssues } from '../reply-channel.ts';
import type { SenderCtx } from './sender-ctx.ts';

export type SendWork = {
  connector: Connector;
  cctx: ConnectorContext<unknown>;
  mode: IdempotencyMode;
  /** reply: answers `to` (a message); dm: writes to `to` (the partner's account). */
  operation: 'reply' | 'dm';
  to: string;
};

/** The work, or the reason the reply cannot go out (shown to the author as the failure's reason). */
export async function loadSendWork(ctx: SenderCtx, reply: MessageRow, signal: AbortSignal): Promise<{ work: SendWork } | { refusal: string }> {
  const conversation = await findConversationForReply(ctx.db, reply.workspaceId, reply.conversationId);
  if (!conversation) return { refusal: 'The conversation was deleted' };
  const { channel, connector } = await loadChannel(ctx.db, ctx.connectors, reply.workspaceId, reply.channelId);
  const issue = channelIssues(conversation, connector)[0];
  if (issue) return { refusal: issue.message };
  const direct = isDirectConversation(conversation.threadKey);
  const to = direct ? conversation.threadKey.slice(DIRECT_THREAD_PREFIX.length) : reply.inReplyTo;
  if (!to) return { refusal: 'There is no message on the network for this reply to answer' };
  const cctx = withDeadline(buildConnectorContext(ctx, connector, channel), signal);
  return { work: { connector, cctx, mode: idempotencyMode(connector), operation: direct ? 'dm' : 'reply', to } };
}
