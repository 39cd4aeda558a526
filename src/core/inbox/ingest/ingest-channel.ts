// Reads a channel's inbox from its stored cursor, page after page, until the connector says there
// is nothing more (or `maxPages`). Each page is fetched and scored outside any transaction, then
// stored by ingestItems in one. Reading runs one page ahead: the next page is fetched and scored
// while this one is stored, since the cursor it needs is known before the store (a page read
// ahead and not stored is simply read again). A connector error stops the run, leaves the cursor
// where it was and sets the channel's health as every other connector call does (auth expired:
// reconnect; rate limited: until the time the network named; transient: failing only if it lasts).
import type { Logger } from 'pino';
import { hasCapability } from '../../../connectors/sdk/manifest.ts';
import type { ConnectorError, Err } from '../../../connectors/sdk/result.ts';
import { findChannelToIngest, readInboxCursor } from '../../../db/queries/inbox-ingest.ts';
import { buildConnectorContext } from '../../channels/build-connector-context.ts';
import type { SystemChannelsCtx } from '../../channels/channels-ctx.ts';
import { loadChannel } from '../../channels/load-channel.ts';
import { recordChannelOutcome } from '../../channels/record-channel-outcome.ts';
import { ingestItems } from './ingest-items.ts';
import { prepareItems, type PreparedPage } from './prepare-items.ts';

export const INGEST_PAGE_SIZE = 100;
export const INGEST_MAX_PAGES = 50;
/** A healthy channel's last check is refreshed this often, so a lasting transient error is noticed. */
const CHECKED_REFRESH_MS = 5 * 60 * 1000;

export type IngestCtx = SystemChannelsCtx & { logger?: Logger; signal?: AbortSignal };

export type IngestRun = {
  outcome: 'done' | 'more' | 'lost_race' | 'skipped' | 'error';
  pages: number;
  fetched: number;
  stored: number;
  duplicates: number;
  skipped: number;
  workspaceId?: string;
  /** People created or changed by the run (for merge suggestions, once it is committed). */
  changedPeople: string[];
  /** Why nothing was read (skipped), or the connector's error. */
  reason?: string;
  error?: ConnectorError;
};

export async function ingestChannel(ctx: IngestCtx, channelId: string, opts: { pageSize?: number; maxPages?: number } = {}): Promise<IngestRun> {
  const run: IngestRun = { outcome: 'done', pages: 0, fetched: 0, stored: 0, duplicates: 0, skipped: 0, changedPeople: [] };
  const skip = (reason: string): IngestRun => ({ ...run, outcome: 'skipped', reason });
  const channel = await findChannelToIngest(ctx.db, channelId);
  if (!channel || channel.status !== 'active') return skip('no active channel');
  const connector = ctx.connectors.find(channel.network);
  if (!connector?.fetchInbox || !hasCapability(connector, 'inbox')) return skip('the network has no inbox');
  if (channel.health === 'needs_reconnect') return skip('the channel needs to be reconnected');
  const now = ctx.clock.now();
  if (channel.rateLimitedUntil && channel.rateLimitedUntil > now) return skip(`rate limited until ${channel.rateLimitedUntil.toISOString()}`);

  const { channel: sealed } = await loadChannel(ctx.db, ctx.connectors, channel.workspaceId, channel.id);
  const cctx = buildConnectorContext(ctx, connector, sealed);
  const target = { workspaceId: channel.workspaceId, channelId: channel.id };
  run.workspaceId = channel.workspaceId;
  const changed = new Set<string>();
  let cursor = await readInboxCursor(ctx.db, channel.id);

  const maxPages = opts.maxPages ?? INGEST_MAX_PAGES;
  const read = async (from: string | null): Promise<Err | ({ ok: true; nextCursor: string; hasMore: boolean; fetched: number } & PreparedPage)> => {
    const answer = await connector.fetchInbox!(cctx, { cursor: from || null, limit: opts.pageSize ?? INGEST_PAGE_SIZE });
    if (!answer.ok) return answer;
    const { items, nextCursor, hasMore } = answer.value;
    return { ok: true, nextCursor, hasMore, fetched: items.length, ...(await prepareItems(items, channel)) };
  };
  if (ctx.signal?.aborted) return { ...run, outcome: 'more' };
  let ahead = read(cursor);

  for (let page = 0; page < maxPages; page++) {
    const fetched = await ahead;
    if (!fetched.ok) {
      await recordChannelOutcome(ctx, target, fetched, { accountCheck: false });
      ctx.logger?.warn({ channelId, kind: fetched.error.kind, reason: fetched.error.reason }, 'inbox not read: the network refused or failed');
      return { ...run, outcome: 'error', error: fetched.error, reason: fetched.error.reason };
    }
    if (page === 0 && (channel.health !== 'ok' || !channel.lastCheckedAt || now.getTime() - channel.lastCheckedAt.getTime() > CHECKED_REFRESH_MS)) {
      await recordChannelOutcome(ctx, target, { ok: true }, { accountCheck: false });
    }
    const { ready, skipped, nextCursor, hasMore } = fetched;
    for (const s of skipped) if (s.reason !== "the channel's own account") ctx.logger?.warn({ channelId, externalId: s.externalId, reason: s.reason }, 'inbox item skipped');
    run.fetched += fetched.fetched;
    run.skipped += skipped.length;
    // A connector that says "more" without moving would loop forever: stop and come back later.
    const last = !hasMore || nextCursor === cursor;
    if (!last && page + 1 < maxPages && !ctx.signal?.aborted) {
      ahead = read(nextCursor);
      // A run that stops before awaiting it must not leave its failure unhandled.
      ahead.catch(() => {});
    }

    if (nextCursor !== cursor || ready.length > 0) {
      const stored = await ingestItems(ctx, channel, { items: ready, cursor, nextCursor });
      // Another worker is reading this channel right now: it carries on from here.
      if (!stored.applied) return { ...run, outcome: 'lost_race' };
      run.pages += 1;
      run.stored += stored.stored;
      run.duplicates += stored.duplicates;
      for (const id of stored.changedPeople) changed.add(id);
      run.changedPeople = [...changed];
    }
    if (last) return run;
    cursor = nextCursor;
    if (ctx.signal?.aborted) return { ...run, outcome: 'more' };
  }
  return { ...run, outcome: 'more' };
}
