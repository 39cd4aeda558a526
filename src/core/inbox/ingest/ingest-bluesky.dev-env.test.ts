// Ingestion against the AT Protocol reference implementation on loopback: alice is the channel,
// bob mentions her, replies to a post she published, and replies to his own reply (a reply deep
// in her post's thread). Skips, saying why, where PostgreSQL or Redis is missing.
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, it } from 'node:test';
import { blueskyConnector } from '../../../connectors/bluesky/index.ts';
import { startDevEnv } from '../../../connectors/bluesky/test-support/dev-env.ts';
import { devEnvServices } from '../../../connectors/bluesky/test-support/services.ts';
import { insertTestChannel } from '../../../testing/test-channel.ts';
import { systemActor } from '../../shared/context.ts';
import { newId } from '../../shared/ids.ts';
import { ingestChannel } from './ingest-channel.ts';

const services = await devEnvServices();

if (!services.ok) {
  it('inbox ingestion from the Bluesky dev-env', { skip: services.reason }, () => {});
} else {
  const env = await startDevEnv(services);
  let t: TestApp | undefined;
  after(async () => {
    await t?.close();
    await env.close();
  });

  it('a mention and replies to a published post (one deep in its thread) arrive from bob: the replies join the post’s conversation in the community queue', { timeout: 120_000 }, async () => {
    t = await createTestApp();
    const { workspaceId } = await t.setupOwner();
    const { alice, bob, network } = env;
    const channel = await insertTestChannel(t.database.db, {
      workspaceId,
      network: 'bluesky',
      accountId: alice.did,
      config: { service: env.proxy.url, webUrl: 'https://bsky.app', allowHosts: [env.proxy.host] },
      credentials: { kind: 'app-password', identifier: alice.handle, password: alice.appPassword },
      keyring: t.runtime.keyring,
    });
    const ctx = { db: t.database.db, clock: t.runtime.clock, actor: systemActor('test'), keyring: t.runtime.keyring, connectors: t.runtime.connectors };

    // alice's post, published as the engine would, with its replies watched.
    const published = await blueskyConnector.publish!(env.context(), { idempotencyKey: randomUUID(), text: 'Our spring menu is out!', media: [], settings: {} });
    assert.ok(published.ok);
    const postId = newId();
    const targetId = newId();
    await t.database.query(`insert into posts (id, workspace_id, state, text) values ($1, $2, 'published', 'Our spring menu is out!')`, [postId, workspaceId]);
    await t.database.query(
      `insert into post_targets (id, workspace_id, post_id, channel_id, idempotency_key, state, external_id, url, published_at, watch_replies_until)
       values ($1, $2, $3, $4, $5, 'published', $6, $7, now(), now() + interval '7 days')`,
      [targetId, workspaceId, postId, channel.id, `k-${targetId}`, published.value.externalId, published.value.url],
    );

    await env.view.receive('Is the Lyon shop open on Sunday?');
    const { data: post } = await alice.agent.com.atproto.repo.getRecord({ repo: alice.did, collection: 'app.bsky.feed.post', rkey: published.value.externalId.split('/').pop()! });
    const root = { uri: post.uri, cid: post.cid! };
    const reply = await bob.agent.post({ text: 'Looks delicious, is there a vegan option?', reply: { root, parent: root } });
    await bob.agent.post({ text: 'Actually, also gluten free?', reply: { root, parent: { uri: reply.uri, cid: reply.cid } } });
    await network.processAll();

    const run = await ingestChannel(ctx, channel.id);
    assert.equal(run.outcome, 'done', JSON.stringify(run));
    const messages = await t.database.query<{ text: string; thread_key: string; hat: string; post_target_id: string | null; person_id: string }>(
      `select m.text, c.thread_key, c.hat, c.post_target_id, m.person_id from messages m join conversations c on c.id = m.conversation_id where m.channel_id = $1 order by m.occurred_at`,
      [channel.id],
    );
    const byText = (s: string) => messages.find((m) => m.text.includes(s));
    const mention = byText('Lyon shop');
    assert.ok(mention, `the mention arrived: ${JSON.stringify(messages)}`);
    assert.equal(mention.hat, 'social');
    assert.equal(mention.post_target_id, null);
    const first = byText('vegan option');
    assert.ok(first, 'the reply arrived');
    assert.deepEqual({ key: first.thread_key, hat: first.hat, target: first.post_target_id }, { key: `post:${targetId}`, hat: 'community', target: targetId });
    const deep = byText('gluten free');
    assert.ok(deep, 'the reply to the reply arrived (the AppView notifies the root’s author)');
    assert.equal(deep.thread_key, `post:${targetId}`, 'the reply to the reply joins the post’s conversation (threadId: the root)');
    assert.equal(new Set(messages.map((m) => m.person_id)).size, 1, 'bob is one person');
    const [identity] = await t.database.query<{ handle: string; profile_urls: string[] }>(`select handle, profile_urls from identities where external_id = $1`, [bob.did]);
    assert.deepEqual(identity, { handle: bob.handle, profile_urls: [`https://bsky.app/profile/${bob.handle}`] });

    // Read again: nothing new, nothing twice.
    const again = await ingestChannel(ctx, channel.id);
    assert.equal(again.stored, 0);
  });
}
