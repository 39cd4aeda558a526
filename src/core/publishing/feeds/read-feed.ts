// One page of a feed channel's entries, through its connector (safe fetch, conditional GET, the
// connector's cursor). Rules and the preview read feeds only here.
import type { InboxPage } from '../../../connectors/sdk/operations.ts';
import { buildConnectorContext } from '../../channels/build-connector-context.ts';
import type { ChannelServices } from '../../channels/channels-ctx.ts';
import { loadChannel } from '../../channels/load-channel.ts';
import { AppError } from '../../shared/errors.ts';
import type { PostsCtx } from '../posts/posts-ctx.ts';

export type FeedCtx = PostsCtx & ChannelServices;

export async function readFeed(ctx: FeedCtx, feedChannelId: string, input: { cursor: string | null; limit: number }): Promise<InboxPage> {
  const { channel, connector } = await loadChannel(ctx.db, ctx.connectors, ctx.workspaceId, feedChannelId, { active: true });
  if (!connector.fetchInbox) throw new AppError('validation_failed', `${channel.displayName} cannot be read as a feed`);
  const result = await connector.fetchInbox(buildConnectorContext(ctx, connector, channel), input);
  if (!result.ok) {
    const { kind, reason } = result.error;
    throw new AppError(kind === 'transient' || kind === 'rate_limited' ? 'channel_unreachable' : 'channel_rejected', `The feed could not be read: ${reason}`, { kind, channelId: feedChannelId });
  }
  return result.value;
}
