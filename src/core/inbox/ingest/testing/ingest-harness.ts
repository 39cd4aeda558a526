// A Tandem with a scripted-inbox channel, for the ingestion tests: the app (for the workspace and
// people routes), the channel, the context ingestion runs with, and counts of what it stored.
import { registryOf } from '../../../channels/connector-registry.ts';
import { connectors } from '../../../../connectors/registry.ts';
import { systemActor } from '../../../shared/context.ts';
import { createTestApp, type TestApp } from '../../../../testing/test-app.ts';
import { insertTestChannel } from '../../../../testing/test-channel.ts';
import type { IngestCtx } from '../ingest-channel.ts';
import { scriptedInbox, type ScriptedInbox } from './scripted-inbox.ts';

export type IngestHarness = {
  t: TestApp;
  inbox: ScriptedInbox;
  workspaceId: string;
  channelId: string;
  ctx: IngestCtx;
  count(table: 'messages' | 'activities' | 'conversations' | 'people' | 'identities'): Promise<number>;
  rows<T>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
};

export async function startIngestHarness(opts: { accountId?: string } = {}): Promise<IngestHarness> {
  const inbox = scriptedInbox();
  const t = await createTestApp({ connectors: registryOf({ ...connectors, scripted: inbox.connector }) });
  const { workspaceId } = await t.setupOwner();
  const channel = await insertTestChannel(t.database.db, { workspaceId, network: 'scripted', displayName: 'Scripted', ...(opts.accountId && { accountId: opts.accountId }) });
  const ctx: IngestCtx = { db: t.database.db, clock: t.runtime.clock, actor: systemActor('test'), keyring: t.runtime.keyring, connectors: t.runtime.connectors };
  return {
    t,
    inbox,
    workspaceId,
    channelId: channel.id,
    ctx,
    async count(table) {
      const [row] = await t.database.query<{ n: number }>(`select count(*)::int as n from ${table} where workspace_id = $1`, [workspaceId]);
      return row!.n;
    },
    rows: (text, params) => t.database.query(text, params),
    close: () => t.close(),
  };
}
