// Triage use-cases beyond the routes: a merge flattens earlier merges and keeps each message's
// channel, the thread pages back with nesting, and concurrent changes never lose one another.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { defaultConnectorRegistry } from '../../channels/connector-registry.ts';
import { findConversation } from '../../../db/queries/conversations.ts';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database.ts';
import { insertTestChannel } from '../../../testing/test-channel.ts';
import { systemClock } from '../../shared/context.ts';
import { getConversation } from './get-conversation.ts';
import { mergeConversations } from './merge-conversations.ts';
import { insertTestConversation, insertTestMessage, insertTriageWorkspace } from './testing/conversation-fixture.ts';
import { updateConversation } from './update-conversation.ts';

describe('triage use-cases', () => {
  let t: TestDatabase;
  let w: Awaited<ReturnType<typeof insertTriageWorkspace>>;
  let mastodon: string;
  let bluesky: string;
  const conv = async (fields: Record<string, unknown> = {}) => (await insertTestConversation(t.db, { workspaceId: w.workspaceId, channelId: mastodon, ...fields })).id;

  before(async () => {
    t = await createTestDatabase();
    w = await insertTriageWorkspace(t.db, systemClock, [{ name: 'Olivia', role: 'owner' }, { name: 'Carl', role: 'community_manager' }]);
    mastodon = (await insertTestChannel(t.db, { workspaceId: w.workspaceId, network: 'mastodon' })).id;
    bluesky = (await insertTestChannel(t.db, { workspaceId: w.workspaceId, network: 'bluesky' })).id;
  });
  after(() => t.close());

  it('merges across channels and repoints conversations merged into the source', async () => {
    const ctx = w.ctxOf('Olivia');
    const [a, b, c] = [await conv(), await conv({ channelId: bluesky, waitingSince: new Date('2025-12-31T00:00:00Z') }), await conv()];
    await mergeConversations(ctx, a, { intoConversationId: b });
    await mergeConversations(ctx, b, { intoConversationId: c });
    assert.equal((await findConversation(t.db, w.workspaceId, a))!.mergedIntoId, c, 'no chain to follow');
    const target = await getConversation({ ...ctx, connectors: defaultConnectorRegistry }, c);
    assert.equal(target.messages.length, 3);
    assert.deepEqual(new Set(target.messages.map((m) => m.channelId)), new Set([mastodon, bluesky]), 'each message keeps the channel it came on');
    assert.equal(target.conversation.waitingSince?.toISOString(), '2025-12-31T00:00:00.000Z', 'the person has waited since the earliest unanswered message');
  });

  it('pages a long thread back from the newest, nesting replies under what they answer', async () => {
    const ctx = { ...w.ctxOf('Carl'), connectors: defaultConnectorRegistry };
    const id = await conv({ at: new Date('2026-02-01T00:00:00Z') });
    for (let i = 1; i <= 5; i++) {
      await insertTestMessage(t.db, { workspaceId: w.workspaceId, conversationId: id, channelId: mastodon, text: `m${i}`, externalId: `m${i}-${id}`, inReplyTo: i === 1 ? `ext-${id}` : `m${i - 1}-${id}`, occurredAt: new Date(Date.UTC(2026, 1, 1, 0, i)) });
    }
    const latest = await getConversation(ctx, id, { limit: 4 });
    assert.deepEqual(latest.messages.map((m) => m.text), ['m2', 'm3', 'm4', 'm5']);
    assert.deepEqual(latest.messages.map((m) => m.parentId), [null, latest.messages[0]!.id, latest.messages[1]!.id, latest.messages[2]!.id], 'the parent of m2 is on the earlier page');
    const earlier = await getConversation(ctx, id, { limit: 4, before: latest.earlierCursor! });
    assert.deepEqual([earlier.messages.map((m) => m.text), earlier.earlierCursor], [['Hello there', 'm1'], null]);
    assert.equal(earlier.messages[1]!.parentId, earlier.messages[0]!.id);
  });

  it('keeps both of two concurrent tag changes (the row is locked)', async () => {
    const id = await conv();
    await Promise.all([updateConversation(w.ctxOf('Olivia'), id, { tagsAdd: ['one'] }), updateConversation(w.ctxOf('Carl'), id, { tagsAdd: ['two'] })]);
    assert.deepEqual((await findConversation(t.db, w.workspaceId, id))!.tags.sort(), ['one', 'two']);
  });
});
