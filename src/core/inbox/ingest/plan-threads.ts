// Which conversation each item of a page belongs to, decided from what the page's ids and
// references point at (read beforehand, in bulk). Pure, so the rules are tested on their own.
//
// In order, an item joins:
//   1. a DM: the conversation with its author (`dm:<author>`), whatever it answers;
//   2. the conversation of the message it answers (`inReplyTo`), stored or earlier in the page;
//   3. a published post's conversation (`post:<targetId>`) when it answers, or its thread starts
//      at, the post or one of its later parts while the post's replies are watched;
//   4. the conversation of its thread's first message (`threadId`), stored or in the page, else
//      the thread's own (`thread:<threadId>`);
//   5. a reply to something unknown: the conversation of that parent (`thread:<inReplyTo>`), so
//      two people answering the same stranger's post are seen together;
//   6. otherwise a new conversation of its own (`item:<externalId>`).
import type { InboxItem } from '../../../connectors/sdk/operations.ts';
import type { InboxHat } from '../vocabulary.ts';

export type WatchedPostRef = { targetId: string; text: string };

export type NewConversationSpec = {
  key: string;
  hat: InboxHat;
  personId: string | null;
  postTargetId: string | null;
  subject: string | null;
  startedAt: Date;
};

/** Where an item goes: a stored conversation, or a thread key (found or created afterwards). */
export type Slot = { conversationId: string } | { key: string };

export type ThreadFacts = {
  /** Stored messages of the channel by external id -> conversation id. */
  stored: Map<string, string>;
  /** Watched published posts by their external id and by each part id. */
  watched: Map<string, WatchedPostRef>;
  personOf: Map<string, string>;
  channelHat: InboxHat;
  postRepliesHat: InboxHat;
};

export type PlannedItem = { item: InboxItem; occurredAt: Date };

const SUBJECT_MAX = 140;
const subjectOf = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line === '' ? null : line.length > SUBJECT_MAX ? `${line.slice(0, SUBJECT_MAX - 1)}…` : line;
};

/** Every thread key the plan may pick for these items (post keys aside): looked up before planning. */
export function candidateKeys(items: PlannedItem[]): string[] {
  const keys = new Set<string>();
  for (const { item } of items) {
    keys.add(item.kind === 'dm' ? `dm:${item.author.externalId}` : `item:${item.externalId}`);
    if (item.threadId) keys.add(`thread:${item.threadId}`);
    if (item.inReplyTo) keys.add(`thread:${item.inReplyTo}`);
  }
  return [...keys];
}

export function planThreads(items: PlannedItem[], facts: ThreadFacts): { slots: Slot[]; specs: Map<string, NewConversationSpec> } {
  const inPage = new Map<string, Slot>();
  const specs = new Map<string, NewConversationSpec>();
  const keyed = (key: string, p: PlannedItem, post?: WatchedPostRef & { key: string }): Slot => {
    if (!specs.has(key)) {
      specs.set(key, {
        key,
        hat: post ? facts.postRepliesHat : facts.channelHat,
        // A post's conversation gathers many authors, each on their own message.
        personId: post ? null : (facts.personOf.get(p.item.author.externalId) ?? null),
        postTargetId: post?.targetId ?? null,
        subject: post ? subjectOf(post.text) : (p.item.subject ?? null),
        startedAt: p.occurredAt,
      });
    }
    return { key };
  };
  const known = (ref: string | undefined): Slot | undefined => {
    if (!ref) return undefined;
    const stored = facts.stored.get(ref);
    return stored ? { conversationId: stored } : inPage.get(ref);
  };

  const slots = items.map((p) => {
    const { item } = p;
    const post = [item.inReplyTo, item.threadId].map((ref) => (ref ? facts.watched.get(ref) : undefined)).find((w) => w !== undefined);
    const slot: Slot =
      item.kind === 'dm'
        ? keyed(`dm:${item.author.externalId}`, p)
        : (known(item.inReplyTo) ??
          (post ? keyed(`post:${post.targetId}`, p, { ...post, key: `post:${post.targetId}` }) : undefined) ??
          known(item.threadId) ??
          (item.threadId ? keyed(`thread:${item.threadId}`, p) : undefined) ??
          (item.inReplyTo ? keyed(`thread:${item.inReplyTo}`, p) : undefined) ??
          keyed(`item:${item.externalId}`, p));
    inPage.set(item.externalId, slot);
    return slot;
  });
  return { slots, specs };
}
