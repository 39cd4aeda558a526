// A bounded scan of a view: read at most `scanLimit` conversations of the view in list order
// (through its index) after the position, and keep those that match a text or a tag. Neither has an
// index in list order, so this is how a search or a tag filter stays as fast as the view at 1M
// conversations. The scan stops as soon as the page is full; when it is not, `edge` is the last
// conversation of the window (where the next scan goes on), or null when the view ended first.
import { and, sql, type SQL } from 'drizzle-orm';
import { conversations as c, messages, people } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import { afterRow, viewConditions, type ConversationView, type ListWindow } from './conversations-list.ts';
import { newestFirst, type KeysetPosition } from './keyset.ts';
import { escapeLike } from './like.ts';
import { selectRows } from './select-rows.ts';

export type WindowMatch = { q?: string; tag?: string };
export type WindowScan = { hits: { id: string; at: Date }[]; edge: KeysetPosition | null };

const position = (r: { id: string; at: string }) => ({ id: r.id, at: new Date(r.at) });

export async function scanViewWindow(db: Tx, workspaceId: string, view: Omit<ConversationView, 'tag'>, match: WindowMatch, w: ListWindow & { scanLimit: number }): Promise<WindowScan> {
  const where = viewConditions(workspaceId, view);
  if (w.after) where.push(afterRow(w.after));
  const order = sql.join(newestFirst(c.lastMessageAt, c.id), sql`, `);
  const keep: SQL[] = [];
  if (match.tag !== undefined) keep.push(sql`w.tags @> array[${match.tag}]::text[]`);
  // The text: in the subject, the person's name or the last message (not a reply still to go out).
  const pattern = match.q ? `%${escapeLike(match.q)}%` : null;
  const joins = pattern
    ? sql`left join ${people} p on p.id = w.person_id
        left join lateral (select m.text from ${messages} m where m.conversation_id = w.id and (m.send_state is null or m.send_state in ('sending', 'sent'))
          order by m.occurred_at desc limit 1) lm on true`
    : sql``;
  if (pattern) keep.push(sql`(w.subject ilike ${pattern} or p.display_name ilike ${pattern} or lm.text ilike ${pattern})`);
  // The window comes out of the index in list order and the outer limit stops reading it once full.
  const hits = await selectRows<{ id: string; at: string }>(
    db,
    sql`select w.id, to_json(w.at)#>>'{}' as at from (
        select ${c.id} as id, ${c.lastMessageAt} as at, ${c.subject} as subject, ${c.personId} as person_id, ${c.tags} as tags from ${c}
        where ${and(...where)} order by ${order} limit ${w.scanLimit}) w ${joins}
      where ${and(...keep)} order by w.at desc nulls last, w.id desc nulls last limit ${w.limit}`,
  );
  if (hits.length >= w.limit) return { hits: hits.map(position), edge: null };
  const [edge] = await selectRows<{ id: string; at: string }>(
    db,
    sql`select ${c.id} as id, to_json(${c.lastMessageAt})#>>'{}' as at from ${c} where ${and(...where)} order by ${order} offset ${w.scanLimit - 1} limit 1`,
  );
  return { hits: hits.map(position), edge: edge ? position(edge) : null };
}
