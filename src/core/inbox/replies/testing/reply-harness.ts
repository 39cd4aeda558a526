// The reply tests' world: a Tandem on a fresh database with an owner, a Mastodon channel on the
// fake instance (loopback), a clock the test moves, and the contexts the use-cases take. The
// sender's requeues are collected instead of sent, so a test runs each attempt itself.
import { startFakeMastodon, type FakeMastodon } from '../../../../connectors/mastodon/fixture/fake-mastodon.ts';
import type { ConnectorRegistry } from '../../../channels/connector-registry.ts';
import { engineOptions } from '../../../publishing/engine/options.ts';
import { systemActor, type Clock } from '../../../shared/context.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../../testing/test-app.ts';
import { insertTestChannel } from '../../../../testing/test-channel.ts';
import type { QueuedReply, ReplyCtx } from '../reply-ctx.ts';
import type { SenderCtx } from '../send/sender-ctx.ts';
import { insertTestConversation, type ConversationFixture } from './conversation-fixture.ts';

export const MASTODON_TOKEN = 'reply-test-token';

export type MovableClock = Clock & { advance(ms: number): void; set(at: Date): void };

/** Stands still until moved; `running` follows real time (for tests with a real job queue) and moves by an offset. */
export function movableClock(opts: { running?: boolean } = {}): MovableClock {
  const base = opts.running ? () => Date.now() : (() => { const start = Date.now(); return () => start; })();
  let offset = 0;
  return { now: () => new Date(base() + offset), advance: (ms) => void (offset += ms), set: (at) => void (offset = at.getTime() - base()) };
}

export type ReplyHarness = {
  t: TestApp;
  owner: TestClient;
  workspaceId: string;
  userId: string;
  mastodon: FakeMastodon;
  channelId: string;
  clock: MovableClock;
  /** What the sender asked to be queued, in order. */
  requeued: QueuedReply[];
  userCtx(): ReplyCtx;
  senderCtx(): SenderCtx;
  /** A mastodon-network channel (by default the fake instance's account), for other connectors pass `network`. */
  addMastodonChannel(opts?: { network?: string; displayName?: string }): Promise<string>;
  /** Someone writes to the brand on the fake instance; the conversation holds that status. */
  conversationFromStatus(opts?: { text?: string; visibility?: 'public' | 'direct'; channelId?: string; direct?: boolean }): Promise<ConversationFixture & { statusId: string; authorId: string }>;
  close(): Promise<void>;
};

export async function startReplyHarness(opts: { connectors?: ConnectorRegistry; runningClock?: boolean } = {}): Promise<ReplyHarness> {
  const clock = movableClock({ running: opts.runningClock ?? false });
  const t = await createTestApp({ clock, ...(opts.connectors ? { connectors: opts.connectors } : {}) });
  const { owner, workspaceId, userId } = await t.setupOwner();
  const mastodon = await startFakeMastodon(MASTODON_TOKEN);
  const requeued: QueuedReply[] = [];
  const addMastodonChannel = async (o: { network?: string; displayName?: string } = {}) =>
    (
      await insertTestChannel(t.database.db, {
        workspaceId,
        keyring: t.runtime.keyring,
        network: o.network ?? 'mastodon',
        displayName: o.displayName ?? 'Brand on Mastodon',
        config: { instanceUrl: mastodon.baseUrl, allowHosts: [mastodon.host] },
        credentials: { kind: 'oauth2-pkce', accessToken: MASTODON_TOKEN },
      })
    ).id;
  const channelId = await addMastodonChannel();
  const userCtx = (): ReplyCtx => ({ db: t.database.db, clock, actor: { type: 'user', id: userId, label: 'owner@example.com' }, workspaceId, role: 'owner', connectors: t.runtime.connectors });
  return {
    t,
    owner,
    workspaceId,
    userId,
    mastodon,
    channelId,
    clock,
    requeued,
    userCtx,
    senderCtx: () => ({
      db: t.database.db,
      clock,
      actor: systemActor('job inbox.send-reply'),
      keyring: t.runtime.keyring,
      connectors: t.runtime.connectors,
      options: engineOptions({ leaseSeconds: 60, deadlineSeconds: 5, backoffSeconds: 30, maxAttempts: 3 }),
      logger: t.runtime.logger,
      requeue: async (replies) => void requeued.push(...replies),
    }),
    addMastodonChannel,
    async conversationFromStatus(o = {}) {
      const { status, author } = mastodon.receiveStatus({ text: o.text ?? '@brand where is my order?', visibility: o.visibility ?? 'public' });
      const threadKey = o.direct ? `dm:${author.id}` : `status:${status.id}`;
      const fixture = await insertTestConversation(t.database, { workspaceId, channelId: o.channelId ?? channelId, threadKey, inbound: [{ externalId: status.id, text: o.text ?? 'where is my order?', authorHandle: author.acct, occurredAt: new Date(clock.now().getTime() - 60_000) }] });
      return { ...fixture, statusId: status.id, authorId: author.id };
    },
    async close() {
      await mastodon.close();
      await t.close();
    },
  };
}

