// The minute's poll: one ingest job per active channel whose network has an inbox, sent in bulk.
// Channels waiting for a reconnect, or inside a rate-limit window, are left out (ingestChannel
// would skip them anyway; this saves the jobs).
import { hasCapability } from '../../../connectors/sdk/manifest.ts';
import { listChannelsToPoll } from '../../../db/queries/inbox-ingest.ts';
import type { ConnectorRegistry } from '../../channels/connector-registry.ts';
import type { Ctx } from '../../shared/context.ts';

const PAGE = 1_000;

/** Networks whose connector can read an inbox: asked of each manifest, never by name. */
export const inboxNetworks = (connectors: ConnectorRegistry): string[] =>
  connectors
    .all()
    .filter((c) => hasCapability(c, 'inbox') && typeof c.fetchInbox === 'function')
    .map((c) => c.manifest.id);

/** Calls `queue` with each page of channel ids; returns how many were queued. */
export async function queueInboxPolls(ctx: Ctx & { connectors: ConnectorRegistry }, queue: (channelIds: string[]) => Promise<void>): Promise<number> {
  const networks = inboxNetworks(ctx.connectors);
  const now = ctx.clock.now();
  let total = 0;
  let afterId: string | undefined;
  for (;;) {
    const page = await listChannelsToPoll(ctx.db, networks, now, { limit: PAGE, ...(afterId && { afterId }) });
    if (page.length > 0) await queue(page.map((c) => c.id));
    total += page.length;
    if (page.length < PAGE) return total;
    afterId = page.at(-1)!.id;
  }
}
