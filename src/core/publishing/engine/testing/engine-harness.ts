// An engine context on a fresh test database and a publish network, for the engine's own tests:
// a clock the test moves, the retries it queues kept in a list, the notifications it sends counted.
import { loadConfig } from '../../../../config.ts';
import { createRuntime, type Runtime } from '../../../../runtime.ts';
import { createTestDatabase, type TestDatabase } from '../../../../testing/test-database.ts';
import type { PublishCollaborators } from '../collaborators.ts';
import { defaultCollaborators } from '../collaborators.ts';
import type { EngineCtx } from '../engine-ctx.ts';
import { engineOptions, type EngineOptions } from '../options.ts';
import { publishFixtureRegistry } from './publish-connector.ts';
import { startPublishNetwork, type PublishNetwork } from './publish-network.ts';

export type EngineHarness = {
  database: TestDatabase;
  runtime: Runtime;
  network: PublishNetwork;
  ctx: EngineCtx;
  requeued: { id: string; scheduledAt: Date }[];
  notified: string[];
  /** Moves the clock forward. */
  advance(ms: number): void;
  close(): Promise<void>;
};

const silent = { info() {}, warn() {}, error() {} };

export async function createEngineHarness(opts: { options?: Partial<EngineOptions>; collaborators?: Partial<PublishCollaborators> } = {}): Promise<EngineHarness> {
  const database = await createTestDatabase();
  const runtime = await createRuntime(loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: database.dataDir }), { database, migrate: false, connectors: publishFixtureRegistry() });
  const network = await startPublishNetwork();
  let offset = 0;
  const requeued: { id: string; scheduledAt: Date }[] = [];
  const notified: string[] = [];
  const ctx: EngineCtx = {
    db: database.db,
    clock: { now: () => new Date(Date.now() + offset) },
    actor: { type: 'system', id: null, label: 'engine test' },
    config: runtime.config,
    keyring: runtime.keyring,
    connectors: runtime.connectors,
    options: engineOptions({ leaseSeconds: 10, deadlineSeconds: 2, backoffSeconds: 1, ...opts.options }),
    collaborators: {
      ...defaultCollaborators,
      notifyFailed: async (_ctx, input) => void notified.push(input.targetId),
      ...opts.collaborators,
    },
    logger: silent,
    requeue: async (targets) => void requeued.push(...targets),
  };
  return {
    database,
    runtime,
    network,
    ctx,
    requeued,
    notified,
    advance: (ms) => void (offset += ms),
    async close() {
      await network.close();
      await database.close();
    },
  };
}
