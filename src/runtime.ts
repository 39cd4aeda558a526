// Everything a process needs once: config, database (migrated), keyring, logger, metrics.
// `tandem start`, `tandem worker`, the CLI and the tests all build on this.
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { applyMigrations } from './db/migrate.ts';
import { loadKeyring } from './crypto/load-keyring.ts';
import type { Keyring } from './crypto/secrets.ts';
import { systemClock, type Clock } from './core/shared/context.ts';
import { defaultConnectorRegistry, type ConnectorRegistry } from './core/channels/connector-registry.ts';
import { createLogger } from './logger.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import type { JobQueue } from './jobs/queue.ts';

export type Runtime = {
  config: Config;
  database: Database;
  keyring: Keyring;
  /** The networks this process can connect; tests pass their own fixture connectors. */
  connectors: ConnectorRegistry;
  logger: Logger;
  metrics: Metrics;
  clock: Clock;
  /** The job queue, once this process runs one (`tandem start`): requests hand work to it directly. */
  jobs?: Pick<JobQueue, 'send' | 'sendMany'>;
  close(): Promise<void>;
};

export async function createRuntime(config: Config, opts: { migrate?: boolean; database?: Database; clock?: Clock; connectors?: ConnectorRegistry } = {}): Promise<Runtime> {
  const logger = createLogger(config.logLevel);
  const database = opts.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  if (opts.migrate !== false) await applyMigrations(database);
  return {
    config,
    database,
    keyring: loadKeyring(config),
    connectors: opts.connectors ?? defaultConnectorRegistry,
    logger,
    metrics: createMetrics(),
    clock: opts.clock ?? systemClock,
    close: () => database.close(),
  };
}
