// The conversation a reply answers and the channel it goes out on: its connector, its stored
// limits (the manifest's defaults before any were read from the network) and whether it can take
// this reply at all. Generic: the manifest's capabilities decide, never the network's name.
import { hasCapability, type Connector } from '../../../connectors/sdk/manifest.ts';
import type { AccountLimits } from '../../../connectors/sdk/limits.ts';
import { findConversationForReply, type ConversationForReply } from '../../../db/queries/messages.ts';
import type { Tx } from '../../../db/client.ts';
import { limitsOf } from '../../publishing/posts/resolve-targets.ts';
import type { ConnectorRegistry } from '../../channels/connector-registry.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import { replyCapabilityFor } from './conversation-kind.ts';

/** Why a channel cannot take a reply now; the codes sit beside the text issues in the check. */
export type ChannelIssue = { code: 'reply_not_supported' | 'dm_not_supported' | 'channel_disconnected'; message: string };

export type ReplyChannel = {
  conversation: ConversationForReply;
  connector: Connector | undefined;
  limits: AccountLimits | null;
  capability: 'reply' | 'dm';
  issues: ChannelIssue[];
};

export function channelIssues(conversation: ConversationForReply, connector: Connector | undefined): ChannelIssue[] {
  const { channel } = conversation;
  const capability = replyCapabilityFor(conversation.threadKey);
  const operation = capability === 'dm' ? connector?.sendDirectMessage : connector?.reply;
  if (!connector || !hasCapability(connector, capability) || !operation) {
    return capability === 'dm'
      ? [{ code: 'dm_not_supported', message: `${channel.displayName} cannot send direct messages, so this private conversation cannot be answered from Tandem` }]
      : [{ code: 'reply_not_supported', message: `${channel.displayName} cannot reply from Tandem: answer on the network itself` }];
  }
  if (channel.status !== 'active') return [{ code: 'channel_disconnected', message: `${channel.displayName} is disconnected: reconnect it before replying` }];
  return [];
}

export async function loadReplyChannel(db: Tx, connectors: ConnectorRegistry, workspaceId: string, conversationId: string): Promise<ReplyChannel> {
  const conversation = await findConversationForReply(db, workspaceId, conversationId);
  if (!conversation) throw notFound('Conversation');
  if (conversation.mergedIntoId) throw new AppError('conflict', 'This conversation was merged into another: reply there', { mergedIntoId: conversation.mergedIntoId });
  const connector = connectors.find(conversation.channel.network);
  return {
    conversation,
    connector,
    limits: connector ? limitsOf(conversation.channel.limits, connector) : null,
    capability: replyCapabilityFor(conversation.threadKey),
    issues: channelIssues(conversation, connector),
  };
}
