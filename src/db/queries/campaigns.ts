// Campaigns of a workspace and the figures of their summary (posts by state, link clicks).
import { and, count, desc, eq, isNotNull, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { campaigns, linkClicks, links, posts } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import { afterPosition, type PageWindow } from './keyset.ts';

export type Campaign = typeof campaigns.$inferSelect;
export type NewCampaign = typeof campaigns.$inferInsert;
export type CampaignChanges = Partial<Omit<NewCampaign, 'id' | 'workspaceId' | 'createdAt'>>;

const byId = (workspaceId: string, campaignId: string) => and(eq(campaigns.id, campaignId), eq(campaigns.workspaceId, workspaceId));

export async function insertCampaign(db: Tx, row: NewCampaign): Promise<Campaign> {
  const [campaign] = await db.insert(campaigns).values(row).returning();
  return campaign!;
}

export async function findCampaign(db: Tx, workspaceId: string, campaignId: string): Promise<Campaign | undefined> {
  const [row] = await db.select().from(campaigns).where(byId(workspaceId, campaignId));
  return row;
}

/** Another campaign of the workspace with this name, case-insensitive (names are unique). */
export async function findCampaignNamed(db: Tx, workspaceId: string, name: string, exceptId?: string): Promise<Campaign | undefined> {
  const where: SQL[] = [eq(campaigns.workspaceId, workspaceId), sql`lower(${campaigns.name}) = lower(${name})`];
  if (exceptId) where.push(ne(campaigns.id, exceptId));
  const [row] = await db.select().from(campaigns).where(and(...where));
  return row;
}

export async function updateCampaignRow(db: Tx, workspaceId: string, campaignId: string, changes: CampaignChanges): Promise<Campaign | undefined> {
  const [row] = await db.update(campaigns).set(changes).where(byId(workspaceId, campaignId)).returning();
  return row;
}

/** The workspace's campaigns, newest first; archived ones only when asked. */
export function listCampaignsPage(db: Tx, workspaceId: string, f: PageWindow & { archived: boolean }): Promise<Campaign[]> {
  const where: SQL[] = [eq(campaigns.workspaceId, workspaceId), f.archived ? isNotNull(campaigns.archivedAt) : isNull(campaigns.archivedAt)];
  const after = afterPosition(f.after, campaigns.createdAt, campaigns.id);
  if (after) where.push(after);
  return db
    .select()
    .from(campaigns)
    .where(and(...where))
    .orderBy(desc(campaigns.createdAt), desc(campaigns.id))
    .limit(f.limit);
}

/** How many of the campaign's posts are in each state. */
export function countCampaignPostsByState(db: Tx, workspaceId: string, campaignId: string): Promise<{ state: string; posts: number }[]> {
  return db
    .select({ state: posts.state, posts: count() })
    .from(posts)
    .where(and(eq(posts.workspaceId, workspaceId), eq(posts.campaignId, campaignId)))
    .groupBy(posts.state);
}

/** Clicks on the campaign's links, people and bots apart, and how many links it has. */
export async function countCampaignClicks(db: Tx, workspaceId: string, campaignId: string): Promise<{ links: number; humans: number; bots: number }> {
  const [row] = await db
    .select({
      links: sql<number>`count(distinct ${links.id})`.mapWith(Number),
      humans: sql<number>`count(${linkClicks.id}) filter (where not ${linkClicks.isBot})`.mapWith(Number),
      bots: sql<number>`count(${linkClicks.id}) filter (where ${linkClicks.isBot})`.mapWith(Number),
    })
    .from(links)
    .leftJoin(linkClicks, eq(linkClicks.linkId, links.id))
    .where(and(eq(links.workspaceId, workspaceId), eq(links.campaignId, campaignId)));
  return row ?? { links: 0, humans: 0, bots: 0 };
}
