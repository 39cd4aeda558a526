// Tandem's short links and their clicks. A link is found by its public code (the redirect) or,
// inside a workspace, by the post, target and campaign it was made for.
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { linkClicks, links } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import { afterPosition, type PageWindow } from './keyset.ts';

export type Link = typeof links.$inferSelect;
export type NewLink = typeof links.$inferInsert;
export type NewLinkClick = typeof linkClicks.$inferInsert;

/**
 * The target's link for this URL: the one made earlier if any, else the new row. Null when the
 * code was already taken by another link (the caller draws another code and tries again).
 */
export async function insertLinkOnce(db: Tx, row: NewLink & { postTargetId: string }): Promise<Link | null> {
  await db.insert(links).values(row).onConflictDoNothing();
  const [existing] = await db
    .select()
    .from(links)
    .where(and(eq(links.postTargetId, row.postTargetId), eq(links.targetUrl, row.targetUrl)));
  return existing ?? null;
}

/** The link behind a public code, in any workspace: only the redirect calls this. */
export async function findLinkByCode(db: Tx, code: string): Promise<Pick<Link, 'id' | 'workspaceId' | 'targetUrl'> | undefined> {
  const [row] = await db.select({ id: links.id, workspaceId: links.workspaceId, targetUrl: links.targetUrl }).from(links).where(eq(links.code, code));
  return row;
}

export async function insertLinkClick(db: Tx, row: NewLinkClick): Promise<void> {
  await db.insert(linkClicks).values(row);
}

export type LinkFilter = { postId?: string; campaignId?: string; channelId?: string };

function linkConditions(workspaceId: string, f: LinkFilter): SQL[] {
  const where: SQL[] = [eq(links.workspaceId, workspaceId)];
  if (f.postId) where.push(eq(links.postId, f.postId));
  if (f.campaignId) where.push(eq(links.campaignId, f.campaignId));
  if (f.channelId) where.push(eq(links.channelId, f.channelId));
  return where;
}

/** The workspace's links, newest first. */
export function listLinksPage(db: Tx, workspaceId: string, f: LinkFilter & PageWindow): Promise<Link[]> {
  const where = linkConditions(workspaceId, f);
  const after = afterPosition(f.after, links.createdAt, links.id);
  if (after) where.push(after);
  return db
    .select()
    .from(links)
    .where(and(...where))
    .orderBy(desc(links.createdAt), desc(links.id))
    .limit(f.limit);
}

export type ClickCounts = { humans: number; bots: number };

const humans = sql<number>`count(${linkClicks.id}) filter (where not ${linkClicks.isBot})`.mapWith(Number);
const bots = sql<number>`count(${linkClicks.id}) filter (where ${linkClicks.isBot})`.mapWith(Number);

/** Clicks per link id, people and bots apart. Links without clicks are absent. */
export async function clickCountsOfLinks(db: Tx, workspaceId: string, linkIds: string[]): Promise<Map<string, ClickCounts>> {
  if (linkIds.length === 0) return new Map();
  const rows = await db
    .select({ linkId: linkClicks.linkId, humans, bots })
    .from(linkClicks)
    .where(and(eq(linkClicks.workspaceId, workspaceId), inArray(linkClicks.linkId, linkIds)))
    .groupBy(linkClicks.linkId);
  return new Map(rows.map((r) => [r.linkId, { humans: r.humans, bots: r.bots }]));
}

/** Clicks on the matching links, per channel (null: the channel was removed since). */
export async function clickCountsByChannel(db: Tx, workspaceId: string, f: LinkFilter): Promise<(ClickCounts & { channelId: string | null; links: number })[]> {
  return db
    .select({ channelId: links.channelId, links: sql<number>`count(distinct ${links.id})`.mapWith(Number), humans, bots })
    .from(links)
    .leftJoin(linkClicks, eq(linkClicks.linkId, links.id))
    .where(and(...linkConditions(workspaceId, f)))
    .groupBy(links.channelId);
}
