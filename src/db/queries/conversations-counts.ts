// Counts for the inbox navigation, each capped: counting stops at cap + 1 rows, so a view of 300k
// open conversations costs no more than one of a thousand, and most are read from an index alone.
// All views are counted in one statement.
import { and, sql } from 'drizzle-orm';
import { conversations } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import { viewConditions, type ConversationView } from './conversations-list.ts';
import { selectRows } from './select-rows.ts';

/** For each named view, its count up to cap + 1 (more than cap means "cap+"). */
export async function countViewsCapped(db: Tx, workspaceId: string, views: Record<string, ConversationView>, cap: number): Promise<Record<string, number>> {
  const names = Object.keys(views);
  if (!names.length) return {};
  const columns = names.map(
    (name, i) => sql`(select count(*)::int from (select 1 from ${conversations} where ${and(...viewConditions(workspaceId, views[name]!, { mergedAreResolved: true }))} limit ${cap + 1}) s) as ${sql.identifier(`v${i}`)}`,
  );
  const [row] = await selectRows<Record<string, number>>(db, sql`select ${sql.join(columns, sql`, `)}`);
  return Object.fromEntries(names.map((name, i) => [name, Number(row![`v${i}`])]));
}
