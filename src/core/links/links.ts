// The workspace's short links with their clicks, filtered by post, campaign or channel.
import { clickCountsByChannel, clickCountsOfLinks, listLinksPage, type LinkFilter } from '../../db/queries/links.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { pageWindow, toPage } from '../shared/cursor.ts';

export async function listLinks(ctx: WorkspaceCtx, f: LinkFilter & { cursor?: string; limit: number }) {
  const rows = await listLinksPage(ctx.db, ctx.workspaceId, { ...f, ...pageWindow(f.cursor, f.limit) });
  const page = toPage(rows, f.limit, (r) => r.createdAt);
  const clicks = await clickCountsOfLinks(ctx.db, ctx.workspaceId, page.items.map((l) => l.id));
  return { ...page, items: page.items.map((l) => ({ ...l, clicks: clicks.get(l.id) ?? { humans: 0, bots: 0 } })) };
}

/** Click totals of the matching links (a post's, a campaign's), and the same per channel. */
export async function countClicks(ctx: WorkspaceCtx, f: LinkFilter) {
  const byChannel = await clickCountsByChannel(ctx.db, ctx.workspaceId, f);
  const sum = (key: 'links' | 'humans' | 'bots') => byChannel.reduce((n, r) => n + r[key], 0);
  return { links: sum('links'), clicks: { humans: sum('humans'), bots: sum('bots') }, byChannel: byChannel.map((r) => ({ channelId: r.channelId, links: r.links, clicks: { humans: r.humans, bots: r.bots } })) };
}
