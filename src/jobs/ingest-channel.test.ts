// The ingestion jobs: the minute's poll queues one ingest per channel with an inbox (in bulk), an
// ingest job reads its channel and hands a backlog and new people on, and a pushed webhook event
// queues its channel's ingest at once.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registryOf } from '../core/channels/connector-registry.ts';
import { scriptedInbox } from '../core/inbox/ingest/testing/scripted-inbox.ts';
import { inboxItem } from '../core/inbox/ingest/testing/scripted-inbox.ts';
import { systemActor } from '../core/shared/context.ts';
import { sign } from '../core/webhooks/signature.ts';
import { connectors } from '../connectors/registry.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { insertTestChannel } from '../testing/test-channel.ts';
import type { JobCtx, JobDefinition } from './define-job.ts';
import { ingestChannelJob, runIngest } from './ingest-channel.ts';
import { pollInboxes } from './poll-inboxes.ts';

type Sent = { name: string; payload: unknown };

describe('inbox ingestion jobs', () => {
  let t: TestApp;
  let workspaceId: string;
  const inbox = scriptedInbox();
  before(async () => {
    t = await createTestApp({ connectors: registryOf({ ...connectors, scripted: inbox.connector }) });
    ({ workspaceId } = await t.setupOwner());
  });
  after(() => t.close());

  function jobCtx(sent: Sent[]): JobCtx {
    const record = async <P>(def: JobDefinition<P>, payload: P) => void sent.push({ name: def.name, payload });
    return {
      db: t.database.db,
      clock: t.runtime.clock,
      actor: systemActor('test'),
      config: t.runtime.config,
      keyring: t.runtime.keyring,
      connectors: t.runtime.connectors,
      logger: t.runtime.logger,
      jobId: 'test-job',
      retryCount: 0,
      signal: new AbortController().signal,
      send: async (def, payload) => (await record(def, payload), 'job-id'),
      sendMany: async (def, jobs) => {
        for (const j of jobs) await record(def, j.payload);
      },
    };
  }

  it('the poll queues one ingest per active channel with an inbox, in bulk, leaving out those that cannot be read now', async () => {
    const channel = (fields: Record<string, unknown> = {}, network = 'scripted') => insertTestChannel(t.database.db, { workspaceId, network, ...fields });
    const active = await channel();
    const gone = await channel();
    await t.database.query(`update channels set status = 'disconnected' where id = $1`, [gone.id]);
    const reconnect = await channel();
    await t.database.query(`update channels set health = 'needs_reconnect' where id = $1`, [reconnect.id]);
    const limited = await channel();
    await t.database.query(`update channels set health = 'rate_limited', rate_limited_until = now() + interval '5 minutes' where id = $1`, [limited.id]);
    const limitOver = await channel();
    await t.database.query(`update channels set health = 'rate_limited', rate_limited_until = now() - interval '1 minute' where id = $1`, [limitOver.id]);
    await channel({}, 'no-such-network');

    const sent: Sent[] = [];
    await pollInboxes.handler(jobCtx(sent), {});
    assert.deepEqual(sent.map((s) => s.name), [ingestChannelJob.name, ingestChannelJob.name]);
    assert.deepEqual(sent.map((s) => (s.payload as { channelId: string }).channelId).sort(), [active.id, limitOver.id].sort());
    assert.equal(pollInboxes.schedule?.cron, '* * * * *');
    await t.database.query(`update channels set status = 'disconnected' where id = any($1::uuid[])`, [[active.id, limitOver.id]]);
  });

  it('an ingest job reads its channel, queues the rest of a long backlog, and asks for merge suggestions for new people', async () => {
    const channel = await insertTestChannel(t.database.db, { workspaceId, network: 'scripted' });
    inbox.items.length = 0;
    inbox.items.push(...Array.from({ length: 120 }, (_, i) => inboxItem(`p${i % 30}`, { externalId: `job-${i}` })));
    const sent: Sent[] = [];
    const ctx = jobCtx(sent);
    await runIngest(ctx, channel.id);
    const [stored] = await t.database.query<{ n: number }>('select count(*)::int as n from messages where channel_id = $1', [channel.id]);
    assert.equal(stored!.n, 120);
    const merges = sent.filter((s) => s.name === 'people.suggest-merges');
    assert.equal(merges.length, 1);
    assert.deepEqual({ ...(merges[0]!.payload as object), personIds: (merges[0]!.payload as { personIds: string[] }).personIds.length }, { workspaceId, personIds: 30 });
    assert.equal(sent.filter((s) => s.name === ingestChannelJob.name).length, 0, 'nothing left: no follow-up job');

    // A backlog longer than one run: the job queues its own continuation.
    inbox.items.push(...Array.from({ length: 5 }, (_, i) => inboxItem('p1', { externalId: `more-${i}` })));
    sent.length = 0;
    await runIngest(ctx, channel.id, { pageSize: 2, maxPages: 1 });
    assert.deepEqual(sent, [{ name: ingestChannelJob.name, payload: { channelId: channel.id } }]);
    sent.length = 0;
    await ingestChannelJob.handler(ctx, { channelId: channel.id });
    assert.deepEqual(sent, [], 'the rest fitted in one run, and p1 is no new person');
    const [total] = await t.database.query<{ n: number }>('select count(*)::int as n from messages where channel_id = $1', [channel.id]);
    assert.equal(total!.n, 125);
    await t.database.query(`update channels set status = 'disconnected' where id = $1`, [channel.id]);
  });

  it('a webhook event pushed to Tandem queues its channel’s ingest, which threads it; the activity stays one row', async () => {
    const secret = 'a-webhook-secret-of-at-least-32-characters';
    const res = await insertTestChannel(t.database.db, { workspaceId, network: 'webhook', credentials: { secret }, keyring: t.runtime.keyring });
    const sent: Sent[] = [];
    t.runtime.jobs = { send: async (def, payload) => (sent.push({ name: def.name, payload }), 'id'), sendMany: async () => {} };
    const push = async (id: string, extra: Record<string, unknown> = {}) => {
      const body = JSON.stringify({ id, type: 'mention', occurredAt: new Date().toISOString(), author: { id: 'forum:7', handle: 'ada' }, text: 'Is the API down?', ...extra });
      const at = Math.floor(Date.now() / 1000);
      const answer = await t.app.request(`http://localhost/hooks/${res.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-tandem-timestamp': String(at), 'x-tandem-signature': sign(secret, at, body) }, body });
      assert.equal(answer.status, 202, await answer.text());
    };
    await push('evt-1');
    await push('evt-1');
    assert.deepEqual(sent, [{ name: ingestChannelJob.name, payload: { channelId: res.id } }], 'queued once: the retry was a duplicate');
    await push('evt-2', { type: 'reply', inReplyTo: 'evt-1' });
    await runIngest(jobCtx([]), res.id);
    const rows = await t.database.query<{ external_id: string; conversation_id: string; person_id: string; activity_id: string }>('select external_id, conversation_id, person_id, activity_id from messages where channel_id = $1 order by external_id', [res.id]);
    assert.deepEqual(rows.map((r) => r.external_id), ['evt-1', 'evt-2']);
    assert.equal(rows[0]!.conversation_id, rows[1]!.conversation_id);
    const activities = await t.database.query<{ id: string; person_id: string; data: Record<string, unknown> }>('select id, person_id, data from activities where channel_id = $1 order by external_id', [res.id]);
    assert.equal(activities.length, 2, "the receiver's activities, not a second copy");
    assert.equal(activities[0]!.id, rows[0]!.activity_id);
    assert.equal(activities[0]!.person_id, rows[0]!.person_id, 'the person the receiver created is the one ingestion uses');
    assert.equal(activities[0]!.data.conversationId, rows[0]!.conversation_id);
    assert.equal(activities[0]!.data.text, 'Is the API down?');

    t.runtime.jobs = undefined;
    await push('evt-3');
    assert.equal(sent.length, 2, 'no queue in this process: nothing queued, the event still stored');
  });
});
