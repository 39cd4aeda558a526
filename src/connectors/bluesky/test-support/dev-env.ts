// The AT Protocol reference implementation on loopback (@atproto/dev-env: PLC, PDS, AppView, on
// the local PostgreSQL and Redis), two accounts talking to each other (alice is the channel, bob
// writes to her), a few fans to like and repost, and the contract suite's view of the network.
// All of alice's channel traffic goes through a failing proxy so the suite can make it fail.
import { randomBytes } from 'node:crypto';
import { AtpAgent, AtUri } from '@atproto/api';
import type { AppBskyFeedPost } from '@atproto/api';
import { TestNetwork } from '@atproto/dev-env';
import pg from 'pg';
import type { ConnectorContext } from '../../sdk/context.ts';
import { createConnectorContext } from '../../sdk/context.ts';
import type { Credentials } from '../../sdk/credentials.ts';
import type { ContractHarness, NetworkView, StoredPost } from '../../sdk/contract/harness.ts';
import type { BlueskyConfig, BlueskySettings } from '../config.ts';
import { blueskyConnector } from '../index.ts';
import type { FailingProxy } from './failing-proxy.ts';
import { startFailingProxy } from './failing-proxy.ts';

export type Account = { did: string; handle: string; agent: AtpAgent; appPassword: string };

export type DevEnv = {
  network: TestNetwork;
  proxy: FailingProxy;
  alice: Account;
  bob: Account;
  view: NetworkView;
  /** A channel context for alice (or for other credentials), through the proxy. */
  context(credentials?: Credentials): ConnectorContext<BlueskyConfig> & { saved: Credentials[] };
  harness(): ContractHarness<BlueskyConfig, BlueskySettings>;
  close(): Promise<void>;
};

async function createAccount(network: TestNetwork, name: string): Promise<Account> {
  const agent = new AtpAgent({ service: network.pds.url });
  const handle = `${name}.test`;
  await agent.createAccount({ handle, email: `${name}@example.test`, password: `${name}-password` });
  const { data } = await agent.com.atproto.server.createAppPassword({ name: 'tandem' });
  return { did: agent.assertDid, handle, agent, appPassword: data.password };
}

const randomLetters = () => [...randomBytes(10)].map((b) => String.fromCharCode(97 + (b % 26))).join('');

export async function startDevEnv(services: { postgresUrl: string; redisHost: string }): Promise<DevEnv> {
  process.env.REDIS_HOST = services.redisHost;
  // dev-env adds prefixes (appview_, bsync_, ozone_) to this name; it must match [A-Za-z_]+.
  const schema = `bsky_test_${randomLetters()}`;
  const network = await TestNetwork.create({ dbPostgresUrl: services.postgresUrl, dbPostgresSchema: schema });
  const proxy = await startFailingProxy(network.pds.url);
  const [alice, bob] = [await createAccount(network, 'alice'), await createAccount(network, 'bob')];
  const fans: Account[] = [];
  const fan = async (i: number) => (fans[i] ??= await createAccount(network, `fan${i}`));

  const post = async (author: Account, record: Partial<AppBskyFeedPost.Record> & { text: string }) => {
    const { data } = await author.agent.com.atproto.repo.createRecord({ repo: author.did, collection: 'app.bsky.feed.post', record: { createdAt: new Date().toISOString(), ...record } });
    return data;
  };

  const view: NetworkView = {
    async findPost(externalId) {
      const uri = new AtUri(externalId);
      const { data } = await alice.agent.com.atproto.repo.getRecord({ repo: uri.host, collection: uri.collection, rkey: uri.rkey }).catch(() => ({ data: undefined }));
      if (!data) return undefined;
      const record = data.value as AppBskyFeedPost.Record & { embed?: { images?: unknown[] } };
      const found: StoredPost = { text: record.text, mediaCount: record.embed?.images?.length ?? 0 };
      if (record.reply) found.replyTo = record.reply.parent.uri;
      return found;
    },
    async countPosts(text) {
      let count = 0;
      let cursor: string | undefined;
      do {
        const { data } = await alice.agent.com.atproto.repo.listRecords({ repo: alice.did, collection: 'app.bsky.feed.post', limit: 100, ...(cursor ? { cursor } : {}) });
        count += data.records.filter((r) => (r.value as { text?: string }).text === text).length;
        cursor = data.records.length === 100 ? data.cursor : undefined;
      } while (cursor);
      return count;
    },
    async receive(text) {
      // bob mentions alice the way the Bluesky app does: the handle in the text, her DID in a facet.
      const full = `${text} @${alice.handle}`;
      const byteStart = Buffer.byteLength(`${text} `);
      const created = await post(bob, {
        text: full,
        facets: [{ index: { byteStart, byteEnd: byteStart + Buffer.byteLength(`@${alice.handle}`) }, features: [{ $type: 'app.bsky.richtext.facet#mention', did: alice.did as `did:${string}:${string}` }] }],
      });
      await network.processAll();
      return { externalId: created.uri, authorExternalId: bob.did };
    },
    moderationLog: async () => [],
    async setMetrics(externalId, counts) {
      const { data } = await alice.agent.com.atproto.repo.getRecord({ repo: alice.did, collection: 'app.bsky.feed.post', rkey: new AtUri(externalId).rkey });
      const subject = { uri: data.uri, cid: data.cid! };
      for (let i = 0; i < (counts.likes ?? 0); i++) await (await fan(i)).agent.like(subject.uri, subject.cid);
      for (let i = 0; i < (counts.reposts ?? 0); i++) await (await fan(i)).agent.repost(subject.uri, subject.cid);
      for (let i = 0; i < (counts.replies ?? 0); i++) await post(await fan(i), { text: `reply ${i}`, reply: { root: subject, parent: subject } });
      await network.processAll();
    },
    failNext: (failure) => proxy.failNext(failure),
  };

  const context = (credentials: Credentials = { kind: 'app-password', identifier: alice.handle, password: alice.appPassword }) => {
    const saved: Credentials[] = [];
    const ctx = createConnectorContext<BlueskyConfig>({
      channelId: 'bluesky-channel',
      config: { service: proxy.url, webUrl: 'https://bsky.app', allowHosts: [proxy.host] },
      credentials,
      allowHosts: [proxy.host],
      fetchPolicy: { timeoutMs: 1_000 },
      // As the channel store would: the next call sees the saved session.
      saveCredentials: async (c) => {
        saved.push(c);
        ctx.credentials = c;
      },
    });
    return Object.assign(ctx, { saved });
  };
  const aliceCtx = context();

  return {
    network,
    proxy,
    alice,
    bob,
    view,
    context,
    harness: () => ({ connector: blueskyConnector, ctx: aliceCtx, network: view, settings: {}, close: async () => {} }),
    async close() {
      await proxy.close();
      await network.close();
      const db = new pg.Client({ connectionString: services.postgresUrl });
      await db.connect();
      try {
        for (const prefix of ['appview', 'bsync', 'ozone']) await db.query(`drop schema if exists ${prefix}_${schema} cascade`);
      } finally {
        await db.end();
      }
    },
  };
}
