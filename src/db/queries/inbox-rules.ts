// Inbox rules of a workspace in their running order, and what the rules engine reads and writes
// on the conversations of an ingest batch (in the ingest transaction it is given).
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { conversations, inboxRules, people } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type InboxRuleRow = typeof inboxRules.$inferSelect;
export type NewInboxRuleRow = typeof inboxRules.$inferInsert;
export type InboxRuleChanges = Partial<Pick<NewInboxRuleRow, 'name' | 'enabled' | 'conditions' | 'actions' | 'position' | 'updatedAt'>>;

const byId = (workspaceId: string, ruleId: string) => and(eq(inboxRules.id, ruleId), eq(inboxRules.workspaceId, workspaceId));
const runningOrder = [asc(inboxRules.position), asc(inboxRules.createdAt), asc(inboxRules.id)];

export function listInboxRules(db: Tx, workspaceId: string, opts: { enabledOnly?: boolean } = {}): Promise<InboxRuleRow[]> {
  const where = opts.enabledOnly ? and(eq(inboxRules.workspaceId, workspaceId), eq(inboxRules.enabled, true)) : eq(inboxRules.workspaceId, workspaceId);
  return db.select().from(inboxRules).where(where).orderBy(...runningOrder);
}

export async function findInboxRule(db: Tx, workspaceId: string, ruleId: string): Promise<InboxRuleRow | undefined> {
  const [row] = await db.select().from(inboxRules).where(byId(workspaceId, ruleId));
  return row;
}

export async function insertInboxRule(db: Tx, row: NewInboxRuleRow): Promise<InboxRuleRow> {
  const [rule] = await db.insert(inboxRules).values(row).returning();
  return rule!;
}

export async function updateInboxRule(db: Tx, workspaceId: string, ruleId: string, changes: InboxRuleChanges): Promise<InboxRuleRow | undefined> {
  const [row] = await db.update(inboxRules).set(changes).where(byId(workspaceId, ruleId)).returning();
  return row;
}

export async function deleteInboxRule(db: Tx, workspaceId: string, ruleId: string): Promise<boolean> {
  const rows = await db.delete(inboxRules).where(byId(workspaceId, ruleId)).returning({ id: inboxRules.id });
  return rows.length > 0;
}

/** Locks the workspace's rules until the transaction ends, so two reorders cannot interleave. */
export async function lockInboxRules(db: Tx, workspaceId: string): Promise<InboxRuleRow[]> {
  return db.select().from(inboxRules).where(eq(inboxRules.workspaceId, workspaceId)).orderBy(...runningOrder).for('update');
}

/** Positions 0..n-1 in the given order, in one statement. */
export async function setInboxRulePositions(db: Tx, workspaceId: string, orderedIds: string[], at: Date): Promise<void> {
  if (orderedIds.length === 0) return;
  const values = sql.join(orderedIds.map((id, i) => sql`(${id}::uuid, ${i}::int)`), sql`, `);
  await db.execute(sql`update inbox_rules r set position = v.position, updated_at = ${at.toISOString()}::timestamptz
    from (values ${values}) as v(id, position)
    where r.id = v.id and r.workspace_id = ${workspaceId}::uuid and r.position is distinct from v.position`);
}

export type RuleConversation = Pick<typeof conversations.$inferSelect, 'id' | 'hat' | 'status' | 'priority' | 'tags' | 'assigneeId' | 'personId' | 'channelId' | 'resolvedAt' | 'slaPolicyId'>;

/** The batch's conversations (not merged away), locked: the rules and the assigner change them. */
export function findRuleConversations(db: Tx, workspaceId: string, ids: string[]): Promise<RuleConversation[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: conversations.id, hat: conversations.hat, status: conversations.status, priority: conversations.priority, tags: conversations.tags, assigneeId: conversations.assigneeId, personId: conversations.personId, channelId: conversations.channelId, resolvedAt: conversations.resolvedAt, slaPolicyId: conversations.slaPolicyId })
    .from(conversations)
    .where(and(eq(conversations.workspaceId, workspaceId), inArray(conversations.id, ids), isNull(conversations.mergedIntoId)))
    .orderBy(asc(conversations.id))
    .for('update');
}

export type ConversationRuleChanges = Partial<Pick<typeof conversations.$inferInsert, 'status' | 'priority' | 'tags' | 'resolvedAt' | 'slaPolicyId' | 'updatedAt'>>;

export async function updateConversationByRules(db: Tx, workspaceId: string, id: string, changes: ConversationRuleChanges): Promise<void> {
  await db.update(conversations).set(changes).where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.id, id)));
}

/** Each person's tags, in one query. */
export async function findPersonTags(db: Tx, workspaceId: string, personIds: string[]): Promise<Map<string, string[]>> {
  if (personIds.length === 0) return new Map();
  const rows = await db.select({ id: people.id, tags: people.tags }).from(people).where(and(eq(people.workspaceId, workspaceId), inArray(people.id, personIds)));
  return new Map(rows.map((r) => [r.id, r.tags]));
}
