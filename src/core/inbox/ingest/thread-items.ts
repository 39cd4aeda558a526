// Threads a page into conversations and writes them, from the facts read at the start of its
// transaction (stored messages, watched posts, conversations by every key the plan may pick):
// one statement opens the new conversations, counters included, and updates the others.
import { findConversationsByKey, writeConversations, type ConversationTouch, type PageFacts } from '../../../db/queries/inbox-ingest-threads.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { newId } from '../../shared/ids.ts';
import type { InboxHat } from '../vocabulary.ts';
import type { ReadyItem } from './check-item.ts';
import { planThreads, type Slot, type WatchedPostRef } from './plan-threads.ts';

export type ThreadedPage = {
  /** The conversation of each item, in the order given. */
  conversationIds: string[];
  /** Conversations this page opened. */
  created: Set<string>;
  /** Existing conversations it updated, with the status each had before. */
  touched: Array<{ id: string; previousStatus: string }>;
};

/** The counters a group of items brings to its conversation (items oldest first). */
function touchOf(items: ReadyItem[]): ConversationTouch {
  const last = items.at(-1)!;
  return { count: items.length, firstAt: items[0]!.occurredAt, lastAt: last.occurredAt, sentiment: last.score.sentiment, intents: last.score.intents };
}

const slotKey = (slot: Slot) => ('conversationId' in slot ? `id:${slot.conversationId}` : `key:${slot.key}`);

/** Items must be oldest first and new (not stored yet); each will be stored as one message. */
export async function threadItems(ctx: WorkspaceCtx, channel: { id: string; inboxHat: InboxHat }, items: ReadyItem[], facts: PageFacts & { personOf: Map<string, string> }): Promise<ThreadedPage> {
  const watched = new Map<string, WatchedPostRef>();
  for (const post of facts.watched) for (const id of [post.externalId, ...post.partIds]) watched.set(id, { targetId: post.targetId, text: post.text });
  const { slots, specs } = planThreads(items, { stored: facts.stored, personOf: facts.personOf, watched, channelHat: channel.inboxHat, postRepliesHat: facts.postRepliesHat });

  // A key whose conversation exists is that conversation from here on.
  const resolved = slots.map((slot): Slot => ('key' in slot && facts.conversations.has(slot.key) ? { conversationId: facts.conversations.get(slot.key)! } : slot));
  const groups = new Map<string, { slot: Slot; items: ReadyItem[] }>();
  resolved.forEach((slot, i) => {
    const group = groups.get(slotKey(slot)) ?? { slot, items: [] };
    group.items.push(items[i]!);
    groups.set(slotKey(slot), group);
  });
  const opened = [];
  const touched = [];
  for (const { slot, items: grouped } of groups.values()) {
    if ('conversationId' in slot) touched.push({ conversationId: slot.conversationId, ...touchOf(grouped) });
    else {
      const spec = specs.get(slot.key)!;
      opened.push({ id: newId(), threadKey: spec.key, hat: spec.hat, personId: spec.personId, postTargetId: spec.postTargetId, subject: spec.subject, ...touchOf(grouped) });
    }
  }
  const now = ctx.clock.now();
  const written = await writeConversations(ctx.db, ctx.workspaceId, channel.id, { opened, touched }, now);
  const idOf = new Map(written.opened);

  // A key another writer opened meanwhile (a reply sender starting a DM): theirs is the one, updated as any other.
  const taken = opened.filter((o) => !written.opened.has(o.threadKey));
  if (taken.length > 0) {
    const found = await findConversationsByKey(ctx.db, channel.id, taken.map((o) => o.threadKey));
    const late = taken.map((o) => ({ ...o, conversationId: found.get(o.threadKey)! }));
    for (const o of late) idOf.set(o.threadKey, o.conversationId);
    written.touched.push(...(await writeConversations(ctx.db, ctx.workspaceId, channel.id, { opened: [], touched: late }, now)).touched);
  }

  const conversationIds = resolved.map((slot) => {
    if ('conversationId' in slot) return slot.conversationId;
    const id = idOf.get(slot.key);
    if (!id) throw new Error(`ingest: no conversation for thread key ${slot.key}`);
    return id;
  });
  return { conversationIds, created: new Set(written.opened.values()), touched: written.touched };
}
