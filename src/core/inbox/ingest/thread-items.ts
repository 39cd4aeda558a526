// Threads a page into conversations with a fixed number of statements: the watched posts its
// references name, the conversations its thread keys name, and one insert for the new ones.
import { findPostRepliesHat } from '../../../db/queries/inbox-ingest.ts';
import { findConversationsByKey, findWatchedPosts, insertConversations } from '../../../db/queries/inbox-ingest-threads.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { newId } from '../../shared/ids.ts';
import type { InboxHat } from '../vocabulary.ts';
import { planThreads, type PlannedItem, type WatchedPostRef } from './plan-threads.ts';

export type ThreadedPage = {
  /** The conversation of each item, in the order given. */
  conversationIds: string[];
  /** Conversations this page created. */
  created: Set<string>;
};

export async function threadItems(
  ctx: WorkspaceCtx,
  channel: { id: string; inboxHat: InboxHat },
  items: PlannedItem[],
  facts: { stored: Map<string, string>; personOf: Map<string, string> },
): Promise<ThreadedPage> {
  const now = ctx.clock.now();
  const refs = [...new Set(items.flatMap(({ item }) => [item.inReplyTo, item.threadId].filter((r): r is string => !!r)))];
  const watched = new Map<string, WatchedPostRef>();
  for (const post of await findWatchedPosts(ctx.db, channel.id, refs, now)) {
    for (const id of [post.externalId, ...post.partIds]) watched.set(id, { targetId: post.targetId, text: post.text });
  }
  const postRepliesHat = watched.size > 0 ? await findPostRepliesHat(ctx.db, ctx.workspaceId) : 'community';
  const { slots, specs } = planThreads(items, { ...facts, watched, channelHat: channel.inboxHat, postRepliesHat });

  const idOf = await findConversationsByKey(ctx.db, channel.id, [...specs.keys()]);
  const missing = [...specs.values()].filter((s) => !idOf.has(s.key));
  const inserted = await insertConversations(
    ctx.db,
    ctx.workspaceId,
    channel.id,
    missing.map((s) => ({ id: newId(), threadKey: s.key, hat: s.hat, personId: s.personId, postTargetId: s.postTargetId, subject: s.subject, startedAt: s.startedAt })),
    now,
  );
  for (const [key, id] of inserted) idOf.set(key, id);
  // A key another writer created meanwhile (a reply sender opening a DM): theirs is the one.
  const taken = missing.filter((s) => !inserted.has(s.key)).map((s) => s.key);
  if (taken.length > 0) for (const [key, id] of await findConversationsByKey(ctx.db, channel.id, taken)) idOf.set(key, id);

  const conversationIds = slots.map((slot) => {
    if ('conversationId' in slot) return slot.conversationId;
    const id = idOf.get(slot.key);
    if (!id) throw new Error(`ingest: no conversation for thread key ${slot.key}`);
    return id;
  });
  return { conversationIds, created: new Set(inserted.values()) };
}
