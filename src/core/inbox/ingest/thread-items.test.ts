// The harness (the app, hence @hono/zod-openapi) loads before the inbox modules whose schemas it extends.
import { startIngestHarness, type IngestHarness } from './testing/ingest-harness.ts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newId } from '../../shared/ids.ts';
import { ingestChannel } from './ingest-channel.ts';
import { inboxItem } from './testing/scripted-inbox.ts';

type Conversation = { id: string; thread_key: string; hat: string; post_target_id: string | null; person_id: string | null; subject: string | null; status: string; unread_count: number; resolved_at: Date | null; snoozed_until: Date | null };

describe('threading inbox items into conversations', () => {
  let h: IngestHarness;
  let targetId: string;
  before(async () => {
    h = await startIngestHarness();
    targetId = await publishedTarget('post-1', ['post-1b'], 'Our autumn collection is out! Tell us what you think', '1 day');
  });
  after(() => h.close());

  /** A published post on the channel whose replies are watched for `watch` (a negative interval: no longer). */
  async function publishedTarget(externalId: string, partIds: string[], text: string, watch: string): Promise<string> {
    const postId = newId();
    const id = newId();
    await h.rows(`insert into posts (id, workspace_id, state, text) values ($1, $2, 'published', $3)`, [postId, h.workspaceId, text]);
    await h.rows(
      `insert into post_targets (id, workspace_id, post_id, channel_id, idempotency_key, state, external_id, part_ids, published_at, watch_replies_until)
       values ($1, $2, $3, $4, $5, 'published', $6, $7::jsonb, now(), now() + $8::interval)`,
      [id, h.workspaceId, postId, h.channelId, `k-${id}`, externalId, JSON.stringify(partIds), watch],
    );
    return id;
  }
  const ingest = (...items: ReturnType<typeof inboxItem>[]) => {
    h.inbox.items.push(...items);
    return ingestChannel(h.ctx, h.channelId);
  };
  const conversationOf = async (externalId: string) =>
    (await h.rows<Conversation>('select c.* from conversations c join messages m on m.conversation_id = c.id where m.external_id = $1', [externalId]))[0]!;

  it("replies to a published post, to a later part of its thread and deep in its thread land in the post's conversation, in the community queue", async () => {
    await ingest(
      inboxItem('ada', { externalId: 'r1', kind: 'reply', inReplyTo: 'post-1', threadId: 'post-1' }),
      inboxItem('bob', { externalId: 'r2', kind: 'reply', inReplyTo: 'post-1b', threadId: 'post-1' }),
      // Bluesky-style: the parent is someone else's reply we never saw; the root is our post.
      inboxItem('cy', { externalId: 'r3', kind: 'reply', inReplyTo: 'someone-elses-reply', threadId: 'post-1' }),
    );
    await ingest(inboxItem('dee', { externalId: 'r4', kind: 'reply', inReplyTo: 'r1' }));
    const c = await conversationOf('r1');
    assert.deepEqual(
      { key: c.thread_key, hat: c.hat, post: c.post_target_id, person: c.person_id, subject: c.subject, unread: c.unread_count },
      { key: `post:${targetId}`, hat: 'community', post: targetId, person: null, subject: 'Our autumn collection is out! Tell us what you think', unread: 4 },
    );
    for (const id of ['r2', 'r3', 'r4']) assert.equal((await conversationOf(id)).id, c.id, `${id} is in the post's conversation`);
  });

  it("the workspace's hand-off setting decides the post conversation's queue; other conversations take the channel's hat", async () => {
    await h.rows(`insert into inbox_settings (id, workspace_id, post_replies_hat) values ($1, $2, 'social')`, [newId(), h.workspaceId]);
    await h.rows(`update channels set inbox_hat = 'community' where id = $1`, [h.channelId]);
    const second = await publishedTarget('post-2', [], 'Second post', '1 day');
    await ingest(inboxItem('ada', { externalId: 's1', kind: 'reply', inReplyTo: 'post-2' }), inboxItem('eve', { externalId: 'm1', text: 'hey @brand' }));
    const post = await conversationOf('s1');
    assert.deepEqual({ hat: post.hat, post: post.post_target_id }, { hat: 'social', post: second });
    const mention = await conversationOf('m1');
    assert.deepEqual({ hat: mention.hat, key: mention.thread_key }, { hat: 'community', key: 'item:m1' });
    await h.rows('update channels set inbox_hat = $2 where id = $1', [h.channelId, 'social']);
  });

  it('once the watch is over, replies to the post no longer join its conversation', async () => {
    await publishedTarget('post-old', [], 'Old post', '-1 hour');
    await ingest(inboxItem('ada', { externalId: 'o1', kind: 'reply', inReplyTo: 'post-old' }), inboxItem('bob', { externalId: 'o2', kind: 'reply', inReplyTo: 'post-old' }));
    const c = await conversationOf('o1');
    assert.deepEqual({ key: c.thread_key, post: c.post_target_id }, { key: 'thread:post-old', post: null });
    assert.equal((await conversationOf('o2')).id, c.id, 'answers to the same unknown parent are seen together');
  });

  it('items of one page thread onto each other, even out of order; DMs are grouped per author across pages', async () => {
    const later = new Date(Date.UTC(2026, 10, 2)).toISOString();
    const earlier = new Date(Date.UTC(2026, 10, 1)).toISOString();
    await ingest(inboxItem('fay', { externalId: 'p2', kind: 'reply', inReplyTo: 'p1', createdAt: later }), inboxItem('gus', { externalId: 'p1', createdAt: earlier }), inboxItem('fay', { externalId: 'dm1', kind: 'dm' }));
    const c = await conversationOf('p1');
    assert.equal(c.thread_key, 'item:p1');
    assert.equal((await conversationOf('p2')).id, c.id);
    await ingest(inboxItem('fay', { externalId: 'dm2', kind: 'dm', inReplyTo: 'p1' }));
    const dm = await conversationOf('dm1');
    assert.equal(dm.thread_key, 'dm:fay');
    assert.equal((await conversationOf('dm2')).id, dm.id);
    assert.ok(dm.person_id);
  });

  it('a new message reopens a resolved, snoozed or pending conversation, with its event; a custom status stays', async () => {
    const resolved = await conversationOf('p1');
    await h.rows(`update conversations set status = 'resolved', resolved_at = now(), unread_count = 0, waiting_since = null where id = $1`, [resolved.id]);
    const dm = await conversationOf('dm1');
    await h.rows(`update conversations set status = 'snoozed', snoozed_until = now() + interval '1 day' where id = $1`, [dm.id]);
    const pending = await conversationOf('m1');
    await h.rows(`update conversations set status = 'pending' where id = $1`, [pending.id]);
    await ingest(inboxItem('hal', { externalId: 'x1' }));
    await h.rows(`update conversations set status = 'escalated' where id = $1`, [(await conversationOf('x1')).id]);
    await ingest(
      inboxItem('gus', { externalId: 'p3', kind: 'reply', inReplyTo: 'p2' }),
      inboxItem('fay', { externalId: 'dm3', kind: 'dm' }),
      inboxItem('eve', { externalId: 'm2', kind: 'reply', inReplyTo: 'm1' }),
      inboxItem('hal', { externalId: 'x2', kind: 'reply', inReplyTo: 'x1' }),
    );
    const after = await conversationOf('p3');
    assert.deepEqual({ id: after.id, status: after.status, resolvedAt: after.resolved_at, unread: after.unread_count }, { id: resolved.id, status: 'open', resolvedAt: null, unread: 1 });
    const woken = await conversationOf('dm3');
    assert.deepEqual({ status: woken.status, until: woken.snoozed_until }, { status: 'open', until: null });
    assert.equal((await conversationOf('m2')).status, 'open', 'pending waited on the person, who has written');
    assert.equal((await conversationOf('x2')).status, 'escalated', 'a custom status is the team’s to change');
    const events = await h.rows<{ conversation_id: string; type: string; data: Record<string, unknown> }>(`select conversation_id, type, data from conversation_events where type in ('woke', 'status_changed')`);
    assert.deepEqual(
      events.map((e) => [e.conversation_id, e.type, e.data.reason, e.data.from, e.data.to].join(' ')).sort(),
      [
        [resolved.id, 'status_changed', 'new_message', 'resolved', 'open'],
        [pending.id, 'status_changed', 'new_message', 'pending', 'open'],
        [dm.id, 'woke', 'new_message', 'snoozed', 'open'],
      ]
        .map((e) => e.join(' '))
        .sort(),
    );
  });
});
