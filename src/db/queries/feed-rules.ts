// Feed rules: a feed channel's new entries become posts on other channels. The cursor kept on the
// rule is the feed connector's own, so each entry is read once.
import { and, asc, desc, eq, isNull, lt, or } from 'drizzle-orm';
import { feedRules } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type FeedRule = typeof feedRules.$inferSelect;
export type NewFeedRule = typeof feedRules.$inferInsert;
export type FeedRuleChanges = Partial<Pick<NewFeedRule, 'name' | 'targetChannelIds' | 'template' | 'mode' | 'labels' | 'enabled' | 'cursor' | 'lastRunAt'>>;

const byId = (workspaceId: string, ruleId: string) => and(eq(feedRules.id, ruleId), eq(feedRules.workspaceId, workspaceId));

export async function insertFeedRule(db: Tx, row: NewFeedRule): Promise<FeedRule> {
  const [rule] = await db.insert(feedRules).values(row).returning();
  return rule!;
}

export async function findFeedRule(db: Tx, workspaceId: string, ruleId: string): Promise<FeedRule | undefined> {
  const [row] = await db.select().from(feedRules).where(byId(workspaceId, ruleId));
  return row;
}

export function listFeedRules(db: Tx, workspaceId: string): Promise<FeedRule[]> {
  return db.select().from(feedRules).where(eq(feedRules.workspaceId, workspaceId)).orderBy(desc(feedRules.createdAt), desc(feedRules.id));
}

export async function updateFeedRule(db: Tx, workspaceId: string, ruleId: string, changes: FeedRuleChanges): Promise<FeedRule | undefined> {
  const [row] = await db.update(feedRules).set(changes).where(byId(workspaceId, ruleId)).returning();
  return row;
}

export async function deleteFeedRule(db: Tx, workspaceId: string, ruleId: string): Promise<boolean> {
  const rows = await db.delete(feedRules).where(byId(workspaceId, ruleId)).returning({ id: feedRules.id });
  return rows.length > 0;
}

/** Enabled rules not read since `before`, least recently read first: the job's work, across workspaces. */
export function listDueFeedRules(db: Tx, before: Date, limit: number): Promise<Array<{ id: string; workspaceId: string }>> {
  return db
    .select({ id: feedRules.id, workspaceId: feedRules.workspaceId })
    .from(feedRules)
    .where(and(eq(feedRules.enabled, true), or(isNull(feedRules.lastRunAt), lt(feedRules.lastRunAt, before))))
    .orderBy(asc(feedRules.lastRunAt), asc(feedRules.id))
    .limit(limit);
}

/** The rule, locked until the transaction ends; undefined when another worker is running it. */
export async function lockFeedRule(db: Tx, ruleId: string): Promise<FeedRule | undefined> {
  const [row] = await db.select().from(feedRules).where(eq(feedRules.id, ruleId)).for('update', { skipLocked: true });
  return row;
}
