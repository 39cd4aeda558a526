// Reads a channel with its sealed credentials and finds its connector, for the use-cases that call
// the network on a stored channel.
import { findChannelForConnector, type SealedChannel } from '../../db/queries/channels.ts';
import type { Connector } from '../../connectors/sdk/manifest.ts';
import type { Tx } from '../../db/client.ts';
import { AppError, notFound } from '../shared/errors.ts';
import type { ConnectorRegistry } from './connector-registry.ts';
import { requireConnector } from './connector-registry.ts';

export async function loadChannel(db: Tx, connectors: ConnectorRegistry, workspaceId: string, channelId: string, opts: { active?: boolean } = {}): Promise<{ channel: SealedChannel; connector: Connector }> {
  const channel = await findChannelForConnector(db, workspaceId, channelId);
  if (!channel) throw notFound('Channel');
  if (opts.active && channel.status !== 'active') throw new AppError('conflict', 'The channel is disconnected: reconnect it first');
  return { channel, connector: requireConnector(connectors, channel.network) };
}
