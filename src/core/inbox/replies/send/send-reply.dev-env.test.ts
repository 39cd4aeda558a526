// A reply from the inbox on the AT Protocol reference implementation (PDS + AppView on loopback):
// bob mentions the brand (alice), the conversation holds his post, and the reply Tandem sends
// appears on the network as a reply to that post, under the reply's own record key.
// Skips, saying why, where PostgreSQL or Redis is missing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AtUri } from '@atproto/api';
import type { AppBskyFeedPost } from '@atproto/api';
import { startDevEnv, type DevEnv } from '../../../../connectors/bluesky/test-support/dev-env.ts';
import { devEnvServices } from '../../../../connectors/bluesky/test-support/services.ts';
import { recordKeyFor } from '../../../../connectors/bluesky/record-key.ts';
import { engineOptions } from '../../../publishing/engine/options.ts';
import { systemActor } from '../../../shared/context.ts';
import { createTestApp, type TestApp } from '../../../../testing/test-app.ts';
import { insertTestChannel } from '../../../../testing/test-channel.ts';
import { createReply } from '../create-reply.ts';
import { insertTestConversation, readConversation, readMessage } from '../testing/conversation-fixture.ts';
import { sendReply } from './send-reply.ts';

const services = await devEnvServices();

if (!services.ok) {
  it('inbox reply on the Bluesky dev-env', { skip: services.reason }, () => {});
} else {
  describe('inbox reply on the Bluesky dev-env', () => {
    let env: DevEnv;
    let t: TestApp;
    before(async () => {
      env = await startDevEnv(services);
      t = await createTestApp();
    });
    after(async () => {
      await t?.close();
      await env?.close();
    });

    it('appears on the network as a reply to the post it answers', async () => {
      const { workspaceId, userId } = await t.setupOwner();
      const proxy = new URL(env.proxy.url);
      const channel = await insertTestChannel(t.database.db, {
        workspaceId,
        keyring: t.runtime.keyring,
        network: 'bluesky',
        displayName: 'Brand on Bluesky',
        config: { service: env.proxy.url, webUrl: 'https://bsky.app', allowHosts: [proxy.host] },
        credentials: { kind: 'app-password', identifier: env.alice.handle, password: env.alice.appPassword },
      });
      const mention = await env.view.receive('Is the shop open on Sunday?');
      const c = await insertTestConversation(t.database, { workspaceId, channelId: channel.id, threadKey: `thread:${mention.externalId}`, inbound: [{ externalId: mention.externalId, text: 'Is the shop open on Sunday?', authorHandle: env.bob.handle }] });

      const ctx = { db: t.database.db, clock: t.runtime.clock, actor: { type: 'user' as const, id: userId, label: 'owner' }, workspaceId, role: 'owner' as const, connectors: t.runtime.connectors };
      const reply = await createReply(ctx, c.conversationId, { text: 'Yes, from 10 to 4!' });
      const senderCtx = { db: t.database.db, clock: t.runtime.clock, actor: systemActor('job inbox.send-reply'), keyring: t.runtime.keyring, connectors: t.runtime.connectors, options: engineOptions({ deadlineSeconds: 15, leaseSeconds: 60 }), logger: t.runtime.logger, requeue: async () => {} };
      assert.equal(await sendReply(senderCtx, { messageId: reply.id }), 'sent');

      const stored = await readMessage(t.database, reply.id);
      const uri = new AtUri(stored.external_id!);
      assert.equal(uri.host, env.alice.did);
      assert.equal(uri.rkey, recordKeyFor(stored.idempotency_key!), 'the record key comes from the reply’s own idempotency key');
      const record = (await env.alice.agent.com.atproto.repo.getRecord({ repo: uri.host, collection: uri.collection, rkey: uri.rkey })).data.value as AppBskyFeedPost.Record;
      assert.equal(record.text, 'Yes, from 10 to 4!');
      assert.equal(record.reply?.parent.uri, mention.externalId);
      assert.equal(record.reply?.root.uri, mention.externalId);
      assert.match(stored.url!, new RegExp(`^https://bsky.app/profile/${env.alice.did}/post/${uri.rkey}$`));

      // bob sees it in his notifications, as the network shows a reply.
      await env.network.processAll();
      const { data } = await env.bob.agent.listNotifications();
      assert.ok(data.notifications.some((n) => n.reason === 'reply' && n.uri === stored.external_id), 'the reply reached bob');
      assert.equal((await readConversation(t.database, c.conversationId)).waiting_since, null);
    });
  });
}
