// Contract cases for the inbox (paging with a cursor), replies and moderation actions.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Connector } from '../manifest.ts';
import { hasCapability } from '../manifest.ts';
import type { InboxItem, ModerationAction } from '../operations.ts';
import type { ContractHarness } from './harness.ts';
import { valueOf } from './publishing-cases.ts';

const PAGE_LIMIT = 2;
const memberActions: readonly ModerationAction[] = ['timeout', 'kick', 'ban'];

async function drainInbox(h: ContractHarness, cursor: string | null) {
  const items: InboxItem[] = [];
  for (let page = 0; page < 100; page++) {
    const result = valueOf(await h.connector.fetchInbox!(h.ctx, { cursor, limit: PAGE_LIMIT }), 'fetchInbox');
    assert.ok(result.items.length <= PAGE_LIMIT, `a page held ${result.items.length} items, more than the limit ${PAGE_LIMIT}`);
    items.push(...result.items);
    cursor = result.nextCursor;
    if (!result.hasMore) return { items, cursor };
  }
  assert.fail('the inbox never stopped saying hasMore');
}

export function registerInboxCases(connector: Connector, harness: () => ContractHarness): void {
  if (hasCapability(connector, 'inbox')) {
    it('inbox: pages through every item once, then returns only newer items from the stored cursor', async () => {
      const h = harness();
      const received: Array<{ externalId: string; authorExternalId: string }> = [];
      for (let i = 0; i < 5; i++) received.push(await h.network.receive(`inbox item ${i} ${randomUUID().slice(0, 8)}`));
      const first = await drainInbox(h, null);
      const ids = first.items.map((item) => item.externalId);
      assert.equal(new Set(ids).size, ids.length, 'an item came back twice');
      for (const r of received) assert.ok(ids.includes(r.externalId), `item ${r.externalId} missing from the inbox`);
      const author = first.items.find((item) => item.externalId === received[0]?.externalId)?.author;
      assert.equal(author?.externalId, received[0]?.authorExternalId);

      const later = await h.network.receive(`a later item ${randomUUID().slice(0, 8)}`);
      const second = await drainInbox(h, first.cursor);
      assert.deepEqual(second.items.map((item) => item.externalId), [later.externalId]);
    });
  }

  if (hasCapability(connector, 'reply')) {
    it('reply: answers an incoming item on the network', async () => {
      const h = harness();
      const incoming = await h.network.receive('a question?');
      const text = `an answer ${randomUUID().slice(0, 8)}`;
      const reply = valueOf(await connector.reply!(h.ctx, { idempotencyKey: randomUUID(), to: incoming.externalId, text }), 'reply');
      assert.deepEqual(await h.network.findPost(reply.externalId), { text, replyTo: incoming.externalId, mediaCount: 0 });
    });
  }

  if (hasCapability(connector, 'moderate')) {
    for (const action of connector.manifest.moderationActions ?? []) {
      it(`moderate: ${action} is applied on the network`, async () => {
        const h = harness();
        const incoming = await h.network.receive(`to be moderated (${action})`);
        const targetExternalId = memberActions.includes(action) ? incoming.authorExternalId : incoming.externalId;
        valueOf(await connector.moderate!(h.ctx, { action, targetExternalId, reason: 'contract test', durationSeconds: 60 }), action);
        assert.ok((await h.network.moderationLog()).some((entry) => entry.action === action && entry.targetExternalId === targetExternalId));
      });
    }
  }
}
