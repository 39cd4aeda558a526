// Streams in the worker, against the fake Mastodon's server-sent events: a mention pushed by the
// instance is read into the inbox within moments, a dropped stream is reopened, one lease per
// channel keeps two workers from both holding it, and a revoked token stops the stream and asks
// for a reconnect.
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startFakeMastodon, type FakeMastodon } from '../../../connectors/mastodon/fixture/fake-mastodon.ts';
import { TOKEN } from '../../../connectors/mastodon/fixture/harness.ts';
import { waitFor } from '../../../jobs/testing/job-harness.ts';
import { insertTestChannel } from '../../../testing/test-channel.ts';
import { systemActor } from '../../shared/context.ts';
import { ingestChannel, type IngestCtx } from './ingest-channel.ts';
import { startInboxWatchers, type InboxWatchers } from './watch-inboxes.ts';

describe('inbox streams (watchInbox) in the worker', () => {
  let t: TestApp;
  let network: FakeMastodon;
  let channelId: string;
  let ctx: IngestCtx & { logger: TestApp['runtime']['logger'] };
  const watchers: InboxWatchers[] = [];
  const triggers: string[] = [];
  before(async () => {
    t = await createTestApp();
    network = await startFakeMastodon(TOKEN);
    const { workspaceId } = await t.setupOwner();
    const channel = await insertTestChannel(t.database.db, {
      workspaceId,
      network: 'mastodon',
      accountId: network.state.me.id,
      config: { instanceUrl: network.baseUrl, allowHosts: [network.host] },
      credentials: { kind: 'oauth2-pkce', accessToken: TOKEN },
      keyring: t.runtime.keyring,
    });
    channelId = channel.id;
    ctx = { db: t.database.db, clock: t.runtime.clock, actor: systemActor('test'), keyring: t.runtime.keyring, connectors: t.runtime.connectors, logger: t.runtime.logger };
  });
  after(async () => {
    for (const w of watchers) await w.stop();
    await network.close();
    await t.close();
  });

  const start = (holder: string) => {
    const w = startInboxWatchers({
      ctx,
      holder,
      // The worker queues an ingest job; here the read runs at once.
      trigger: async (id) => {
        triggers.push(id);
        await ingestChannel(ctx, id);
      },
      options: { refreshMs: 200, debounceMs: 50, firstBackoffMs: 50, maxBackoffMs: 200 },
    });
    watchers.push(w);
    return w;
  };
  const stored = async () => (await t.database.query<{ text: string }>('select text from messages where channel_id = $1 order by occurred_at', [channelId])).map((m) => m.text);

  it('a mention the instance pushes is in the inbox moments later, without waiting for the poll', async () => {
    const first = start('worker-a');
    await waitFor('the stream to open', async () => (network.openStreams() === 1 ? true : undefined), 10_000);
    assert.deepEqual(first.watching(), [channelId]);
    const { author } = network.receiveStatus({ text: 'is the shop open today?' });
    await waitFor('the mention stored', async () => ((await stored()).length === 1 ? true : undefined), 10_000);
    network.receiveStatus({ text: 'and tomorrow?', authorId: author.id });
    await waitFor('the second mention stored', async () => ((await stored()).length === 2 ? true : undefined), 10_000);
    assert.match((await stored())[1]!, /and tomorrow\?/);
    const [{ n }] = (await t.database.query<{ n: number }>('select count(distinct person_id)::int as n from messages where channel_id = $1', [channelId])) as [{ n: number }];
    assert.equal(n, 1, 'the same author, the same person');
  });

  it('a second worker does not open the same stream while the first holds its lease, and takes it over once released', async () => {
    const second = start('worker-b');
    await second.refresh();
    assert.deepEqual(second.watching(), []);
    assert.equal(network.openStreams(), 1);
    await watchers[0]!.stop();
    await second.refresh();
    await waitFor('the second worker to hold the stream', async () => (second.watching().length === 1 && network.openStreams() === 1 ? true : undefined), 10_000);
  });

  it('a dropped stream is reopened and what arrived meanwhile is read', async () => {
    const before = triggers.length;
    network.closeStreams();
    network.receiveStatus({ text: 'sent while the stream was down' });
    await waitFor('the stream reopened and the mention read', async () => ((await stored()).some((s) => s.includes('while the stream was down')) && network.openStreams() === 1 ? true : undefined), 10_000);
    assert.ok(triggers.length > before);
  });

  it('a revoked token ends the stream for good and marks the channel for reconnecting', async () => {
    network.closeStreams();
    network.failNext({ kind: 'auth_expired' });
    await waitFor('the channel to need a reconnect', async () => {
      const [row] = await t.database.query<{ health: string }>('select health from channels where id = $1', [channelId]);
      return row!.health === 'needs_reconnect' ? true : undefined;
    }, 10_000);
    await watchers[1]!.refresh();
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(network.openStreams(), 0);
    assert.deepEqual(watchers[1]!.watching(), []);
  });
});
