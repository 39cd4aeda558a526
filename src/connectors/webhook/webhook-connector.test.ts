// The webhook connector against the shared contract suite and focused cases. Its "network" is
// the inbound_events table; here an in-memory reader with the same contract stands in for it
// (the database-backed reader is tested with the channel builder, and end to end in hooks tests).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { createConnectorContext, type InboundEventReader } from '../sdk/context.ts';
import { runContractSuite } from '../sdk/contract/run-contract-suite.ts';
import { valueOf } from '../sdk/contract/publishing-cases.ts';
import type { InboundEvent } from './event-schema.ts';
import { webhookConnector } from './index.ts';

/** Events in arrival order; the cursor is the index after the last one read. */
function memoryInbound() {
  const events: InboundEvent[] = [];
  const reader: InboundEventReader = {
    async read({ cursor, limit }) {
      const from = cursor === null ? 0 : Number(cursor);
      const page = events.slice(from, from + limit);
      return {
        events: page.map((e) => ({ externalId: e.id, kind: e.type, payload: e as Record<string, unknown>, receivedAt: new Date() })),
        nextCursor: page.length ? String(from + page.length) : cursor,
      };
    },
  };
  return { events, reader };
}

const eventOf = (text: string, extra: Partial<InboundEvent> = {}): InboundEvent => ({
  id: randomUUID(),
  type: 'message',
  occurredAt: '2026-11-23T12:00:00.000Z',
  author: { id: `user-${randomUUID().slice(0, 6)}`, handle: 'someone' },
  text,
  ...extra,
});

function contextWith(reader: InboundEventReader, secret = 'x'.repeat(32)) {
  return createConnectorContext({ channelId: 'c0ffee00-0000-4000-8000-000000000001', config: {}, credentials: { kind: 'webhook-secret', secret }, inbound: reader });
}

runContractSuite('webhook', async () => {
  const { events, reader } = memoryInbound();
  return {
    connector: webhookConnector,
    ctx: contextWith(reader),
    settings: {},
    network: {
      async receive(text) {
        const event = eventOf(text);
        events.push(event);
        return { externalId: event.id, authorExternalId: event.author.id };
      },
      // Nothing is ever published through a webhook channel, and a database read cannot be
      // made to answer 429 or time out: the error cases skip (no failNext).
      findPost: async () => undefined,
      countPosts: async () => 0,
      moderationLog: async () => [],
      setMetrics: async () => {},
    },
    close: async () => {},
  };
});

describe('webhook connector', () => {
  it('maps events to inbox items, skips activity-only kinds, and pages by cursor', async () => {
    const { events, reader } = memoryInbound();
    events.push(
      eventOf('first', { id: 'a', type: 'mention', author: { id: 'u1', displayName: 'Ada' }, url: 'https://example.com/a' }),
      eventOf('', { id: 'b', type: 'reaction' }),
      eventOf('third', { id: 'c', type: 'reply', inReplyTo: 'a' }),
    );
    const ctx = contextWith(reader);
    const page1 = valueOf(await webhookConnector.fetchInbox!(ctx, { cursor: null, limit: 2 }), 'page 1');
    assert.deepEqual(page1.items, [
      { externalId: 'a', kind: 'mention', author: { externalId: 'u1', handle: 'u1', displayName: 'Ada' }, text: 'first', createdAt: '2026-11-23T12:00:00.000Z', url: 'https://example.com/a' },
    ]);
    assert.equal(page1.hasMore, true);
    const page2 = valueOf(await webhookConnector.fetchInbox!(ctx, { cursor: page1.nextCursor, limit: 2 }), 'page 2');
    assert.deepEqual(page2.items.map((i) => [i.externalId, i.kind, i.inReplyTo]), [['c', 'reply', 'a']]);
    assert.equal(page2.hasMore, false);
    // Nothing new: the position is kept.
    const page3 = valueOf(await webhookConnector.fetchInbox!(ctx, { cursor: page2.nextCursor, limit: 2 }), 'page 3');
    assert.deepEqual([page3.items, page3.nextCursor], [[], page2.nextCursor]);
  });

  it('starts from the beginning on an empty channel and keeps a usable cursor', async () => {
    const { events, reader } = memoryInbound();
    const ctx = contextWith(reader);
    const empty = valueOf(await webhookConnector.fetchInbox!(ctx, { cursor: null, limit: 5 }), 'empty');
    assert.deepEqual(empty, { items: [], nextCursor: '', hasMore: false });
    events.push(eventOf('late', { id: 'late' }));
    const later = valueOf(await webhookConnector.fetchInbox!(ctx, { cursor: empty.nextCursor, limit: 5 }), 'later');
    assert.deepEqual(later.items.map((i) => i.externalId), ['late']);
  });

  it('identifies as its own endpoint, and refuses a short or missing secret', async () => {
    const { reader } = memoryInbound();
    const ctx = contextWith(reader);
    assert.deepEqual(valueOf(await webhookConnector.identify!(ctx), 'identify'), { accountId: ctx.channelId, handle: `/hooks/${ctx.channelId}`, displayName: 'Webhook' });
    const short = await webhookConnector.identify!(contextWith(reader, 'short'));
    assert.equal(!short.ok && short.error.kind, 'rejected');
  });
});
