// The workspace's inbox settings (one row, absent until first saved) and the channel's inbox hat.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { channels, conversations, inboxSettings } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import { selectRows } from './select-rows.ts';

export type InboxSettingsRow = typeof inboxSettings.$inferSelect;
export type InboxSettingsChanges = Partial<Pick<InboxSettingsRow, 'postRepliesHat' | 'customStatuses' | 'autoAssign' | 'defaultOpenCap'>>;

export async function findInboxSettings(db: Tx, workspaceId: string): Promise<InboxSettingsRow | undefined> {
  const [row] = await db.select().from(inboxSettings).where(eq(inboxSettings.workspaceId, workspaceId));
  return row;
}

/** Inserts the row with these values (defaults for the rest) or changes only these values. */
export async function upsertInboxSettings(db: Tx, row: { id: string; workspaceId: string; updatedAt: Date } & InboxSettingsChanges): Promise<InboxSettingsRow> {
  const { id: _id, workspaceId: _ws, ...changes } = row;
  const [saved] = await db.insert(inboxSettings).values(row).onConflictDoUpdate({ target: inboxSettings.workspaceId, set: changes }).returning();
  return saved!;
}

/** How many live conversations hold each of these statuses (only the ones in use are listed). */
export async function countConversationsInStatuses(db: Tx, workspaceId: string, statuses: string[]): Promise<{ status: string; n: number }[]> {
  if (!statuses.length) return [];
  return db
    .select({ status: conversations.status, n: sql<number>`count(*)::int` })
    .from(conversations)
    .where(and(eq(conversations.workspaceId, workspaceId), inArray(conversations.status, statuses), isNull(conversations.mergedIntoId)))
    .groupBy(conversations.status);
}

export async function findChannelInboxHat(db: Tx, workspaceId: string, channelId: string): Promise<{ id: string; displayName: string; inboxHat: 'social' | 'community' } | undefined> {
  const [row] = await db
    .select({ id: channels.id, displayName: channels.displayName, inboxHat: channels.inboxHat })
    .from(channels)
    .where(and(eq(channels.id, channelId), eq(channels.workspaceId, workspaceId)));
  return row;
}

export async function updateChannelInboxHat(db: Tx, workspaceId: string, channelId: string, hat: 'social' | 'community'): Promise<void> {
  await db.update(channels).set({ inboxHat: hat }).where(and(eq(channels.id, channelId), eq(channels.workspaceId, workspaceId)));
}

/** The workspace's channels with the hat whose queue each one's conversations land in, by name. */
export function listChannelInboxHats(db: Tx, workspaceId: string) {
  return db
    .select({ id: channels.id, network: channels.network, displayName: channels.displayName, status: channels.status, inboxHat: channels.inboxHat })
    .from(channels)
    .where(eq(channels.workspaceId, workspaceId))
    .orderBy(asc(channels.displayName), asc(channels.id));
}

/** What runs after ingestion that the workspace has set up: enabled rules, auto-assignment, any SLA policy. */
export type InboxAutomation = { rules: boolean; autoAssign: boolean; sla: boolean };

export async function findInboxAutomation(db: Tx, workspaceId: string): Promise<InboxAutomation> {
  const [row] = await selectRows<{ rules: boolean; auto_assign: boolean; sla: boolean }>(
    db,
    sql`select exists (select 1 from inbox_rules where workspace_id = ${workspaceId} and enabled) as rules,
          coalesce((select auto_assign from inbox_settings where workspace_id = ${workspaceId}), false) as auto_assign,
          exists (select 1 from sla_policies where workspace_id = ${workspaceId}) as sla`,
  );
  return { rules: row!.rules, autoAssign: row!.auto_assign, sla: row!.sla };
}
