// The connectors a process knows, passed to the channel use-cases through their context so that
// tests can bring their own (a fixture connector on loopback) without touching the registry file.
import { connectors } from '../../connectors/registry.ts';
import type { Connector } from '../../connectors/sdk/manifest.ts';
import { AppError } from '../shared/errors.ts';

export type ConnectorRegistry = { find(id: string): Connector | undefined; all(): Connector[] };

/** Looks entries up when asked, so connectors registered after start-up are found too. */
export const registryOf = (record: Record<string, Connector>): ConnectorRegistry => ({
  find: (id) => (Object.hasOwn(record, id) ? record[id] : undefined),
  all: () => Object.values(record).sort((a, b) => a.manifest.id.localeCompare(b.manifest.id)),
});

export const defaultConnectorRegistry = registryOf(connectors);

export function requireConnector(registry: ConnectorRegistry, network: string): Connector {
  const connector = registry.find(network);
  if (!connector) throw new AppError('validation_failed', `Unknown network "${network}"; GET /api/v1/connectors lists the available ones`);
  return connector;
}
