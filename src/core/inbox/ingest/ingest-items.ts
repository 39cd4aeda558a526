// One page of a channel's inbox, stored in one transaction: the cursor moves (compare-and-set),
// the authors are resolved, the items threaded, their activities and messages stored once each,
// their conversations updated, and the inbox's rules, assignment and SLA run on what was new.
// A crash anywhere rolls all of it back with the cursor, so the page is read again: at-least-once
// reading, and every write keyed so that reading twice stores once.
import type { ChannelToIngest } from '../../../db/queries/inbox-ingest.ts';
import { advanceInboxCursor } from '../../../db/queries/inbox-ingest.ts';
import { insertInboundMessages, type InboundMessageRow } from '../../../db/queries/inbox-ingest-messages.ts';
import { findPageFacts } from '../../../db/queries/inbox-ingest-threads.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { systemActor, type Ctx, type WorkspaceCtx } from '../../shared/context.ts';
import { newId } from '../../shared/ids.ts';
import { afterInbound } from '../after-inbound.ts';
import type { InboundMessage } from '../inbound-message.ts';
import { activityTypeOfKind, type ReadyItem } from './check-item.ts';
import { resolveAuthors } from './resolve-authors.ts';
import { candidateKeys } from './plan-threads.ts';
import { reopenTouched } from './reopen-touched.ts';
import { threadItems } from './thread-items.ts';

export type IngestChannel = Pick<ChannelToIngest, 'id' | 'workspaceId' | 'network' | 'inboxHat'>;

export type IngestPage = {
  items: ReadyItem[];
  /** The cursor the page was fetched from (null: the channel's first read). */
  cursor: string | null;
  nextCursor: string;
};

export type PageOutcome =
  /** Another worker moved the cursor first: nothing was written. */
  | { applied: false }
  | { applied: true; stored: number; duplicates: number; inbound: InboundMessage[]; changedPeople: string[] };

/** Oldest first (a reply after its parent), one entry per external id. */
function inOrder(items: ReadyItem[]): ReadyItem[] {
  const seen = new Set<string>();
  const unique = items.filter((r) => !seen.has(r.item.externalId) && seen.add(r.item.externalId));
  return unique.map((r, i) => ({ r, i })).sort((a, b) => a.r.occurredAt.getTime() - b.r.occurredAt.getTime() || a.i - b.i).map(({ r }) => r);
}

export async function ingestItems(ctx: Ctx, channel: IngestChannel, page: IngestPage): Promise<PageOutcome> {
  return inTransaction(ctx.db, async (db) => {
    const wctx: WorkspaceCtx = { ...ctx, db, workspaceId: channel.workspaceId, role: 'owner', actor: systemActor(`inbox ingestion of channel ${channel.id}`) };
    const now = ctx.clock.now();
    // First, so the cursor row stays locked: a second worker on this page waits here, then finds it moved.
    if (!(await advanceInboxCursor(db, { channelId: channel.id, expected: page.cursor, next: page.nextCursor, now }))) return { applied: false };

    const items = inOrder(page.items);
    const refs = [...new Set(items.flatMap(({ item }) => [item.externalId, item.inReplyTo, item.threadId].filter((r): r is string => !!r)))];
    const facts = await findPageFacts(db, { workspaceId: channel.workspaceId, channelId: channel.id, refs, keys: candidateKeys(items), now });
    const fresh = items.filter((r) => !facts.stored.has(r.item.externalId));
    if (fresh.length === 0) return { applied: true, stored: 0, duplicates: items.length, inbound: [], changedPeople: [] };

    const { personOf, changed } = await resolveAuthors(wctx, channel.network, fresh.map((r) => r.item.author));
    const { conversationIds, created, touched } = await threadItems(wctx, channel, fresh, { ...facts, personOf });

    const rows: InboundMessageRow[] = fresh.map(({ item, occurredAt, score }, i) => ({
      id: newId(),
      activityId: newId(),
      conversationId: conversationIds[i]!,
      kind: item.kind,
      activityType: activityTypeOfKind[item.kind],
      externalId: item.externalId,
      inReplyTo: item.inReplyTo ?? null,
      personId: personOf.get(item.author.externalId) ?? null,
      authorHandle: item.author.handle,
      text: item.text,
      url: item.url ?? null,
      sentiment: score.sentiment,
      sentimentScore: score.sentimentScore,
      language: score.language,
      intents: score.intents,
      occurredAt,
    }));
    const insertedIds = await insertInboundMessages(db, channel.workspaceId, channel.id, rows, now);
    // Conversations were counted for every row: a row another writer stored in between (nothing
    // but ingestion writes inbound messages, and the cursor lock keeps two ingests apart) undoes
    // the page, to be read again.
    if (insertedIds.size !== rows.length) throw new Error(`ingest: ${rows.length - insertedIds.size} of the page's messages were stored meanwhile by another writer; the page will be read again`);
    await reopenTouched(wctx, touched, now);

    const opened = new Set<string>();
    const inbound: InboundMessage[] = [];
    rows.forEach((m, i) => {
      const first = created.has(m.conversationId) && !opened.has(m.conversationId);
      if (first) opened.add(m.conversationId);
      const { score } = fresh[i]!;
      inbound.push({
        messageId: m.id,
        conversationId: m.conversationId,
        newConversation: first,
        channelId: channel.id,
        personId: m.personId,
        text: m.text,
        sentiment: score.sentiment,
        intents: score.intents,
        language: score.language,
        occurredAt: m.occurredAt,
      });
    });
    await afterInbound(wctx, inbound);
    return { applied: true, stored: rows.length, duplicates: items.length - rows.length, inbound, changedPeople: [...changed] };
  });
}
