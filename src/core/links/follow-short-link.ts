// A visit to /l/<code>: where it goes, and one click counted. Crawlers and link-preview fetchers
// (a network unfurling the post, a chat app drawing a card) are stored as bots, so the counts
// people see are people's clicks.
import { isbot } from 'isbot';
import { findLinkByCode, insertLinkClick } from '../../db/queries/links.ts';
import type { Ctx } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { isShortCode } from './short-code.ts';

export type Visit = { code: string; method: string; userAgent: string | undefined; referrer: string | undefined };

/** A browser always names itself, and only a fetcher asks for the headers alone. */
export const isBotVisit = (visit: Pick<Visit, 'method' | 'userAgent'>): boolean => visit.method === 'HEAD' || !visit.userAgent?.trim() || isbot(visit.userAgent);

function referrerHost(referrer: string | undefined): string | null {
  if (!referrer) return null;
  try {
    return new URL(referrer).hostname || null;
  } catch {
    return null;
  }
}

/** The URL to send the visitor to, or null for a code that is not in the table. */
export async function followShortLink(ctx: Ctx, visit: Visit): Promise<string | null> {
  if (!isShortCode(visit.code)) return null;
  const link = await findLinkByCode(ctx.db, visit.code);
  // Only http(s) URLs are ever stored; checking again costs nothing and rules out a javascript: URL.
  if (!link || !/^https?:\/\//i.test(link.targetUrl)) return null;
  await insertLinkClick(ctx.db, { id: newId(), workspaceId: link.workspaceId, linkId: link.id, occurredAt: ctx.clock.now(), isBot: isBotVisit(visit), referrerHost: referrerHost(visit.referrer) });
  return link.targetUrl;
}
