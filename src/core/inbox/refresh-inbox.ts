// "Refresh" in the inbox: read the workspace's channels now instead of at the next minute's poll.
// It queues the same ingest job the poll and the webhooks queue, one per active channel whose
// network has an inbox; a process without a queue reads them in the request instead.
import { listChannelsByName } from '../../db/queries/channels.ts';
import type { ConnectorRegistry } from '../channels/connector-registry.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { inboxNetworks } from './ingest/queue-inbox-polls.ts';

export async function channelsToRefresh(ctx: WorkspaceCtx & { connectors: ConnectorRegistry }, channelId?: string): Promise<string[]> {
  const networks = new Set(inboxNetworks(ctx.connectors));
  const channels = await listChannelsByName(ctx.db, ctx.workspaceId);
  return channels.filter((c) => c.status === 'active' && networks.has(c.network) && (!channelId || c.id === channelId)).map((c) => c.id);
}
