// Everything an attempt needs once the target is claimed: the post's content, the channel and its
// connector, and a connector context whose every request ends at the attempt's deadline.
import type { ConnectorContext } from '../../../connectors/sdk/context.ts';
import { accountLimitsSchema, type AccountLimits } from '../../../connectors/sdk/limits.ts';
import { hasCapability, type Connector } from '../../../connectors/sdk/manifest.ts';
import type { SealedChannel } from '../../../db/queries/channels.ts';
import type { PostForPublish, PostTarget } from '../../../db/queries/post-targets.ts';
import { buildConnectorContext } from '../../channels/build-connector-context.ts';
import type { ChannelServices } from '../../channels/channels-ctx.ts';
import { loadChannel } from '../../channels/load-channel.ts';
import type { Ctx } from '../../shared/context.ts';
import { partSteps, type PartStep } from './idempotency.ts';

/** How this connector avoids a second post when an attempt's outcome is unknown. */
export type IdempotencyMode = 'native' | 'read-back' | 'unverifiable';

export function idempotencyMode(connector: Connector): IdempotencyMode {
  const declared = connector.manifest.publishIdempotency;
  if (declared === 'native' || declared === 'unverifiable') return declared;
  // 'read-back' (or nothing declared) is only as good as the lookup the connector has.
  return connector.lookupPublished ? 'read-back' : 'unverifiable';
}

export type PublishWork = {
  target: PostTarget;
  post: PostForPublish;
  channel: SealedChannel;
  connector: Connector;
  cctx: ConnectorContext<unknown>;
  mode: IdempotencyMode;
  limits: AccountLimits;
  steps: PartStep[];
};

/** Adds the attempt's deadline to every request the connector makes (the inbox's reply sender uses it too). */
export function withDeadline(cctx: ConnectorContext<unknown>, signal: AbortSignal): ConnectorContext<unknown> {
  const fetch = cctx.fetch;
  return { ...cctx, fetch: (url, request = {}) => fetch(url, { ...request, signal: request.signal ? AbortSignal.any([request.signal, signal]) : signal }) };
}

function refusalOf({ channel, connector, post, steps }: Pick<PublishWork, 'channel' | 'connector' | 'post' | 'steps'>): string | undefined {
  if (channel.status !== 'active') return 'The channel is disconnected: reconnect it, then schedule the post again';
  if (!connector.publish || !hasCapability(connector, 'publish')) return `${connector.manifest.displayName} channels cannot publish posts`;
  if (post.thread.length > 0 && !hasCapability(connector, 'thread')) return `${connector.manifest.displayName} channels cannot publish threads`;
  if (steps.some((s) => s.kind === 'comment') && !connector.reply) return `${connector.manifest.displayName} channels cannot add a first comment`;
  return undefined;
}

/** The channel and connector of a claimed target (its post was read with the claim); `refusal` when the channel cannot take it. */
export async function loadWork(ctx: Ctx & ChannelServices, target: PostTarget, post: PostForPublish | null, signal: AbortSignal): Promise<{ work: PublishWork } | { refusal: string }> {
  if (!post) return { refusal: 'The post was deleted' };
  const { channel, connector } = await loadChannel(ctx.db, ctx.connectors, target.workspaceId, target.channelId);
  const steps = partSteps(post.thread, post.firstComment);
  // No context (and no credentials opened) for a channel that cannot take the post anyway.
  const refusal = refusalOf({ channel, connector, post, steps });
  if (refusal) return { refusal };
  const limits = accountLimitsSchema.safeParse(channel.limits).data ?? connector.manifest.defaultLimits;
  const cctx = withDeadline(buildConnectorContext(ctx, connector, channel), signal);
  return { work: { target, post, channel, connector, cctx, mode: idempotencyMode(connector), limits, steps } };
}
