// The inbox list: one page of a view (status, hat, assignee, channel, tag ...) newest activity
// first, each row with what the list shows (person, channel, last message, SLA warn window).
// Every common view is served by a (workspace_id, ...) index in (last_message_at desc, id desc)
// order (src/db/schema/inbox.ts), and the page position is a row comparison, so the index seeks
// to it at any depth instead of skipping rows.
import { and, desc, eq, getTableColumns, gt, isNull, sql, type SQL } from 'drizzle-orm';
import { channels, conversations, identities, messages, people, slaPolicies, users } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import type { KeysetPosition } from './keyset.ts';
import { escapeLike } from './like.ts';
import { selectRows } from './select-rows.ts';

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

/** The view's conditions; merged conversations never show. */
export function viewConditions(workspaceId: string, v: ConversationView): SQL[] {
  const where: SQL[] = [eq(c.workspaceId, workspaceId), isNull(c.mergedIntoId)];
  if (v.status !== undefined) where.push(eq(c.status, v.status));
  if (v.hat !== undefined) where.push(eq(c.hat, v.hat));
  if (v.assigneeId === null) where.push(isNull(c.assigneeId));
  else if (v.assigneeId !== undefined) where.push(eq(c.assigneeId, v.assigneeId));
  if (v.channelId !== undefined) where.push(eq(c.channelId, v.channelId));
  if (v.personId !== undefined) where.push(eq(c.personId, v.personId));
  if (v.tag !== undefined) where.push(sql`${c.tags} @> array[${v.tag}]::text[]`);
  if (v.sentiment !== undefined) where.push(eq(c.sentiment, v.sentiment));
  if (v.priority !== undefined) where.push(sql`${c.priority} = ${v.priority}`);
  if (v.unread) where.push(gt(c.unreadCount, 0));
  return where;
}

/** "Strictly after" in (last_message_at desc, id desc) as a row comparison the index can seek to. */
const afterRow = (after: KeysetPosition) => sql`(${c.lastMessageAt}, ${c.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`;

export type ListWindow = { after?: KeysetPosition; limit: number };

function pageOf(db: Tx, where: SQL[], limit: number) {
  return db
    .select()
    .from(c)
    .where(and(...where))
    .orderBy(desc(c.lastMessageAt), desc(c.id))
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

async function enrich(db: Tx, where: SQL[], limit: number) {
  const page = pageOf(db, where, limit);
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
    .orderBy(desc(page.lastMessageAt), desc(page.id));
  return rows.map(({ handle: h, ...r }) => ({ ...r, person: r.person ? { ...r.person, handle: h } : null }));
}

export type ConversationListRow = Awaited<ReturnType<typeof enrich>>[number];

/** One page of a view (limit is the number of rows to fetch, the caller's page size + 1). */
export function listConversationRows(db: Tx, workspaceId: string, view: ConversationView, w: ListWindow): Promise<ConversationListRow[]> {
  const where = viewConditions(workspaceId, view);
  if (w.after) where.push(afterRow(w.after));
  return enrich(db, where, w.limit);
}

export function listConversationRowsByIds(db: Tx, workspaceId: string, ids: string[]): Promise<ConversationListRow[]> {
  if (!ids.length) return Promise.resolve([]);
  return enrich(db, [eq(c.workspaceId, workspaceId), sql`${c.id} = any(${`{${ids.join(',')}}`}::uuid[])`], ids.length);
}

export type SearchScan = { hits: { id: string; at: Date }[]; scanned: number; edge: KeysetPosition | null };

/**
 * Text search inside a view, bounded: it reads at most `scanLimit` conversations of the view after
 * the position (in list order) and keeps those whose subject, person's name or last message holds
 * the text. `edge` is the last conversation read, where the next scan goes on.
 */
export async function searchConversationWindow(db: Tx, workspaceId: string, view: ConversationView, q: string, w: ListWindow & { scanLimit: number }): Promise<SearchScan> {
  const where = viewConditions(workspaceId, view);
  if (w.after) where.push(afterRow(w.after));
  const pattern = `%${escapeLike(q)}%`;
  const rows = await selectRows<{ id: string; at: string; hit: boolean; scanned: number | null }>(
    db,
    sql`with w as materialized (
        select ${c.id} as id, ${c.lastMessageAt} as at, ${c.subject} as subject, ${c.personId} as person_id from ${c}
        where ${and(...where)} order by ${c.lastMessageAt} desc, ${c.id} desc limit ${w.scanLimit})
      (select w.id, to_json(w.at)#>>'{}' as at, true as hit, null::int as scanned from w
        left join ${people} p on p.id = w.person_id
        left join lateral (select m.text from ${messages} m where m.conversation_id = w.id and (m.send_state is null or m.send_state in ('sending', 'sent'))
          order by m.occurred_at desc limit 1) lm on true
        where w.subject ilike ${pattern} or p.display_name ilike ${pattern} or lm.text ilike ${pattern}
        order by w.at desc, w.id desc limit ${w.limit})
      union all
      (select w.id, to_json(w.at)#>>'{}', false, (select count(*)::int from w) from w order by w.at asc, w.id asc limit 1)`,
  );
  const edge = rows.find((r) => !r.hit);
  return {
    hits: rows.filter((r) => r.hit).map((r) => ({ id: r.id, at: new Date(r.at) })),
    scanned: edge?.scanned ?? 0,
    edge: edge ? { id: edge.id, at: new Date(edge.at) } : null,
  };
}
