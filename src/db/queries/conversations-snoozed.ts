// Snoozed conversations whose time has come (the partial index conversations_snoozed), claimed
// with SKIP LOCKED so that workers running the job at once never wake the same one twice.
import { sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { selectRows } from './select-rows.ts';

export type WokenConversation = { id: string; workspaceId: string; snoozedUntil: string };

/** Reopens up to `limit` snoozed conversations due at `now`, oldest snooze first; returns them. */
export function wakeDueConversations(db: Tx, now: Date, limit: number): Promise<WokenConversation[]> {
  const at = now.toISOString();
  return selectRows<WokenConversation>(
    db,
    sql`with due as (
        select id, snoozed_until from conversations
        where status = 'snoozed' and snoozed_until <= ${at}::timestamptz
        order by snoozed_until limit ${limit} for update skip locked)
      update conversations c set status = 'open', snoozed_until = null, updated_at = ${at}::timestamptz
      from due where c.id = due.id
      returning c.id, c.workspace_id as "workspaceId", to_json(due.snoozed_until)#>>'{}' as "snoozedUntil"`,
  );
}

/** Reopens one conversation if it is snoozed; returns whether it was. */
export async function wakeConversationRow(db: Tx, workspaceId: string, id: string, now: Date): Promise<boolean> {
  const rows = await selectRows<{ id: string }>(
    db,
    sql`update conversations set status = 'open', snoozed_until = null, updated_at = ${now.toISOString()}::timestamptz
      where id = ${id}::uuid and workspace_id = ${workspaceId}::uuid and status = 'snoozed' returning id`,
  );
  return rows.length > 0;
}
