// A bounded scan of a view: read at most `scanLimit` conversations of the view in list order
// (through its index) after the position, and keep those that match a text or a tag. Neither has an
// index in list order, so this is how a search or a tag filter stays as fast as the view at 1M
// conversations. `edge` is the last conversation read, where the next scan goes on.
import { and, sql, type SQL } from 'drizzle-orm';
import { conversations as c, messages, people } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import { afterRow, newestFirst, viewConditions, type ConversationView, type ListWindow } from './conversations-list.ts';
import type { KeysetPosition } from './keyset.ts';
import { escapeLike } from './like.ts';
import { selectRows } from './select-rows.ts';

export type WindowMatch = { q?: string; tag?: string };
export type WindowScan = { hits: { id: string; at: Date }[]; scanned: number; edge: KeysetPosition | null };

export async function scanViewWindow(db: Tx, workspaceId: string, view: Omit<ConversationView, 'tag'>, match: WindowMatch, w: ListWindow & { scanLimit: number }): Promise<WindowScan> {
  const where = viewConditions(workspaceId, view);
  if (w.after) where.push(afterRow(w.after));
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
  const rows = await selectRows<{ id: string; at: string; hit: boolean; scanned: number | null }>(
    db,
    sql`with w as materialized (
        select ${c.id} as id, ${c.lastMessageAt} as at, ${c.subject} as subject, ${c.personId} as person_id, ${c.tags} as tags from ${c}
        where ${and(...where)} order by ${sql.join(newestFirst(c), sql`, `)} limit ${w.scanLimit})
      (select w.id, to_json(w.at)#>>'{}' as at, true as hit, null::int as scanned from w ${joins}
        where ${and(...keep)} order by w.at desc, w.id desc limit ${w.limit})
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
