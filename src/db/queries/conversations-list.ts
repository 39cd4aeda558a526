// The inbox list: one page of a view (status, hat, assignee, channel, tag ...) newest activity
// first, each row with what the list shows (person, channel, last message, SLA warn window).
// Every common view is served by a (workspace_id, ...) index in (last_message_at desc, id desc)
// order (src/db/schema/inbox.ts), and the page position is a row comparison, so the index seeks
// to it at any depth instead of skipping rows.
import { and, desc, eq, getTableColumns, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { channels, conversations, identities, messages, people, slaPolicies, users } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import { newestFirst, type KeysetPosition } from './keyset.ts';

export type ConversationView = {
  status?: string;
  hat?: 'social' | 'community';
  /** A user id, or null for the unassigned. */
  assigneeId?: string | null;
  channelId?: string;
  personId?: string;
  tag?: string;
  sentiment?: string;
  priority?: string;
  unread?: boolean;
};

const c = conversations;

/**
 * The view's conditions; merged conversations never show. `mergedAreResolved` leaves that condition
 * out for a status other than resolved, which no merged conversation holds (merging resolves it and
 * a merged one takes no change): a count then reads its index alone, without the table.
 */
export function viewConditions(workspaceId: string, v: ConversationView, opts: { mergedAreResolved?: boolean } = {}): SQL[] {
  // The unread index is partial on merged_into_id is null: the condition must stay for it to apply.
  const skipMerged = opts.mergedAreResolved && v.status !== undefined && v.status !== 'resolved' && !v.unread;
  const where: SQL[] = skipMerged ? [eq(c.workspaceId, workspaceId)] : [eq(c.workspaceId, workspaceId), isNull(c.mergedIntoId)];
  if (v.status !== undefined) where.push(eq(c.status, v.status));
  if (v.hat !== undefined) where.push(eq(c.hat, v.hat));
  if (v.assigneeId === null) where.push(isNull(c.assigneeId));
  else if (v.assigneeId !== undefined) where.push(eq(c.assigneeId, v.assigneeId));
  if (v.channelId !== undefined) where.push(eq(c.channelId, v.channelId));
  if (v.personId !== undefined) where.push(eq(c.personId, v.personId));
  if (v.tag !== undefined) where.push(sql`${c.tags} @> array[${v.tag}]::text[]`);
  if (v.sentiment !== undefined) where.push(eq(c.sentiment, v.sentiment));
  if (v.priority !== undefined) where.push(sql`${c.priority} = ${v.priority}`);
  if (v.unread) where.push(sql`${c.unreadCount} > 0`);
  return where;
}

/** "Strictly after" in (last_message_at desc, id desc) as a row comparison the index can seek to. */
export const afterRow = (after: KeysetPosition) => sql`(${c.lastMessageAt}, ${c.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`;

export type ListWindow = { after?: KeysetPosition; limit: number };

// The order of a page read from a tag's matches (found through its GIN index, which knows no
// order): sorted, the "+ 0 s" keeping the planner from walking a list index and filtering, which
// reads the whole view when the tag is rare.
const sortedMatches = (p: { lastMessageAt: unknown; id: unknown }) => [sql`${p.lastMessageAt} + interval '0 s' desc`, sql`${p.id} desc`];

export type PageOrder = 'index' | 'sort';

function pageOf(db: Tx, where: SQL[], limit: number, order: PageOrder = 'index') {
  return db
    .select()
    .from(c)
    .where(and(...where))
    .orderBy(...(order === 'sort' ? sortedMatches(c) : newestFirst(c.lastMessageAt, c.id)))
    .limit(limit)
    .as('page');
}

/** The last message the list shows: any kind, but not a reply still waiting to go out or failed. */
function lastMessageOf(db: Tx, conversationId: Page['id']) {
  return db
    .select({ text: messages.text, kind: messages.kind, occurredAt: messages.occurredAt })
    .from(messages)
    .where(and(sql`${messages.conversationId} = ${conversationId}`, sql`(${messages.sendState} is null or ${messages.sendState} in ('sending', 'sent'))`))
    .orderBy(desc(messages.occurredAt))
    .limit(1)
    .as('lm');
}

type Page = ReturnType<typeof pageOf>;
const columnNames = Object.keys(getTableColumns(conversations)) as (keyof typeof conversations.$inferSelect)[];
/** Every column of the page subquery, as one nested object of the select. */
const pageFields = (page: Page) => Object.fromEntries(columnNames.map((k) => [k, page[k]])) as { [K in (typeof columnNames)[number]]: Page[K] };

async function enrich(db: Tx, where: SQL[], limit: number, order: PageOrder = 'index') {
  const page = pageOf(db, where, limit, order);
  const lm = lastMessageOf(db, page.id);
  // The handle the person goes by on this channel's network, else their first one.
  const handle = db
    .select({ handle: sql<string | null>`${identities.handle}`.as('handle') })
    .from(identities)
    .where(and(sql`${identities.workspaceId} = ${page.workspaceId}`, sql`${identities.personId} = ${page.personId}`, sql`${identities.handle} is not null`))
    .orderBy(sql`(${identities.network} = ${channels.network}) desc`, identities.createdAt, identities.id)
    .limit(1)
    .as('h');
  const rows = await db
    .select({
      conversation: pageFields(page),
      person: { id: people.id, displayName: people.displayName, avatarUrl: people.avatarUrl },
      handle: handle.handle,
      channel: { id: channels.id, network: channels.network, displayName: channels.displayName },
      assignee: { id: users.id, name: users.name },
      lastMessage: { text: lm.text, kind: lm.kind, occurredAt: lm.occurredAt },
      warnBeforeMinutes: slaPolicies.warnBeforeMinutes,
    })
    .from(page)
    .innerJoin(channels, eq(channels.id, page.channelId))
    .leftJoin(people, eq(people.id, page.personId))
    .leftJoin(users, eq(users.id, page.assigneeId))
    .leftJoinLateral(handle, sql`true`)
    .leftJoinLateral(lm, sql`true`)
    .leftJoin(slaPolicies, eq(slaPolicies.id, page.slaPolicyId))
    .orderBy(...newestFirst(page.lastMessageAt, page.id));
  return rows.map(({ handle: h, ...r }) => ({ ...r, person: r.person ? { ...r.person, handle: h } : null }));
}

export type ConversationListRow = Awaited<ReturnType<typeof enrich>>[number];

/**
 * One page of a view (limit is the number of rows to fetch, the caller's page size + 1), in list
 * index order, or with order 'sort' sorted from the matches of the view's tag.
 */
export function listConversationRows(db: Tx, workspaceId: string, view: ConversationView, w: ListWindow & { order?: PageOrder }): Promise<ConversationListRow[]> {
  const where = viewConditions(workspaceId, view);
  if (w.after) where.push(afterRow(w.after));
  return enrich(db, where, w.limit, w.order);
}

export function listConversationRowsByIds(db: Tx, workspaceId: string, ids: string[]): Promise<ConversationListRow[]> {
  if (!ids.length) return Promise.resolve([]);
  return enrich(db, [eq(c.workspaceId, workspaceId), inArray(c.id, ids)], ids.length);
}
