// Push streams, where a network offers one (a connector with watchInbox): a worker holds each
// channel's stream open and, whenever it says something arrived, asks for that channel's inbox
// to be read (`trigger`, an ingest job). The stream never stores anything itself, so a dropped or
// repeated event costs nothing: reading goes through the cursor as every poll does, and the
// minute's poll still runs beside it.
//
// With several workers, a lease per channel (inbox-ingest-watch.ts) gives each stream to one of
// them; a worker that dies stops renewing, and another takes its streams within STALE_AFTER.
// A dropped stream is reopened with backoff; a refused one (revoked token: the channel's health
// says reconnect) is not reopened until the channel is healthy again.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Logger } from 'pino';
import { hasCapability } from '../../../connectors/sdk/manifest.ts';
import type { Result } from '../../../connectors/sdk/result.ts';
import { transient } from '../../../connectors/sdk/result.ts';
import { findChannelToIngest } from '../../../db/queries/inbox-ingest.ts';
import { claimWatchLeases, listChannelsToWatch, releaseWatchLeases } from '../../../db/queries/inbox-ingest-watch.ts';
import { buildConnectorContext } from '../../channels/build-connector-context.ts';
import type { SystemChannelsCtx } from '../../channels/channels-ctx.ts';
import { loadChannel } from '../../channels/load-channel.ts';
import { recordChannelOutcome } from '../../channels/record-channel-outcome.ts';

export type WatchOptions = {
  /** How often the set of channels is read again and the leases renewed. */
  refreshMs: number;
  /** Events within this window after the first trigger one read. */
  debounceMs: number;
  firstBackoffMs: number;
  maxBackoffMs: number;
  /** After a refusal that is not about credentials (no streaming on this instance), wait this long. */
  refusedPauseMs: number;
};

const defaults: WatchOptions = { refreshMs: 60_000, debounceMs: 1_000, firstBackoffMs: 1_000, maxBackoffMs: 60_000, refusedPauseMs: 10 * 60_000 };

export type InboxWatchers = {
  /** Reads the channels and leases now (also runs every refreshMs). */
  refresh(): Promise<void>;
  /** Channels whose stream this process holds. */
  watching(): string[];
  stop(): Promise<void>;
};

type Watch = { abort: AbortController; done: Promise<void> };

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

export function startInboxWatchers(deps: { ctx: SystemChannelsCtx & { logger: Logger }; trigger(channelId: string): Promise<void>; holder?: string; options?: Partial<WatchOptions> }): InboxWatchers {
  const { ctx, trigger } = deps;
  const options = { ...defaults, ...deps.options };
  const holder = deps.holder ?? `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const watches = new Map<string, Watch>();
  const pausedUntil = new Map<string, number>();
  const pending = new Map<string, NodeJS.Timeout>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const networks = () =>
    ctx.connectors
      .all()
      .filter((c) => hasCapability(c, 'inbox') && c.fetchInbox && c.watchInbox)
      .map((c) => c.manifest.id);

  function poke(channelId: string): void {
    if (pending.has(channelId) || stopped) return;
    pending.set(
      channelId,
      setTimeout(() => {
        pending.delete(channelId);
        trigger(channelId).catch((err: unknown) => ctx.logger.warn({ channelId, err: String(err) }, 'could not queue an inbox read for a stream event'));
      }, options.debounceMs),
    );
  }

  async function watchOnce(channelId: string, signal: AbortSignal, opened: () => void): Promise<Result<void> | 'gone'> {
    const channel = await findChannelToIngest(ctx.db, channelId);
    if (!channel || channel.status !== 'active' || channel.health === 'needs_reconnect') return 'gone';
    const connector = ctx.connectors.find(channel.network);
    if (!connector?.watchInbox) return 'gone';
    // Loaded again for each connection: renewed credentials are picked up.
    const { channel: sealed } = await loadChannel(ctx.db, ctx.connectors, channel.workspaceId, channel.id);
    return connector.watchInbox(buildConnectorContext(ctx, connector, sealed), {
      signal,
      onOpen: () => {
        opened();
        // Whatever arrived while the stream was down.
        poke(channelId);
      },
      onActivity: () => poke(channelId),
    });
  }

  async function watch(channelId: string, signal: AbortSignal): Promise<void> {
    let backoff = options.firstBackoffMs;
    while (!signal.aborted) {
      let result: Result<void> | 'gone';
      try {
        result = await watchOnce(channelId, signal, () => (backoff = options.firstBackoffMs));
      } catch (err) {
        result = transient(`stream failed: ${String(err)}`);
      }
      if (signal.aborted || result === 'gone') return;
      if (!result.ok) {
        const { error } = result;
        if (error.kind === 'auth_expired' || error.kind === 'rate_limited') {
          // The network said so about the account: the channel's health follows, as for any call.
          const channel = await findChannelToIngest(ctx.db, channelId);
          if (channel) await recordChannelOutcome(ctx, { workspaceId: channel.workspaceId, channelId }, result, { accountCheck: false });
        }
        if (error.kind === 'auth_expired') return;
        if (error.kind === 'rejected') {
          ctx.logger.warn({ channelId, reason: error.reason }, 'inbox stream refused; polling only for a while');
          pausedUntil.set(channelId, ctx.clock.now().getTime() + options.refusedPauseMs);
          return;
        }
        const wait = error.kind === 'rate_limited' ? Math.max(backoff, error.retryAfterSeconds * 1000) : backoff;
        await sleep(wait, signal);
      } else await sleep(backoff, signal);
      backoff = Math.min(backoff * 2, options.maxBackoffMs);
    }
  }

  function start(channelId: string): void {
    const abort = new AbortController();
    const done = watch(channelId, abort.signal)
      .catch((err: unknown) => ctx.logger.error({ channelId, err: String(err) }, 'inbox stream watcher failed'))
      .finally(() => {
        if (watches.get(channelId)?.abort === abort) watches.delete(channelId);
      });
    watches.set(channelId, { abort, done });
  }

  async function refresh(): Promise<void> {
    if (stopped) return;
    const now = ctx.clock.now();
    const wanted = (await listChannelsToWatch(ctx.db, networks())).filter((id) => (pausedUntil.get(id) ?? 0) <= now.getTime());
    const held = new Set(await claimWatchLeases(ctx.db, { holder, channelIds: wanted, now, staleBefore: new Date(now.getTime() - 3 * options.refreshMs) }));
    for (const id of held) if (!watches.has(id)) start(id);
    for (const [id, w] of watches) if (!held.has(id)) w.abort.abort();
  }

  const tick = () => {
    timer = setTimeout(() => {
      refresh()
        .catch((err: unknown) => ctx.logger.warn({ err: String(err) }, 'inbox streams: could not refresh the channels'))
        .finally(() => !stopped && tick());
    }, options.refreshMs);
  };
  void refresh()
    .catch((err: unknown) => ctx.logger.warn({ err: String(err) }, 'inbox streams: could not read the channels'))
    .finally(() => !stopped && tick());

  return {
    refresh,
    watching: () => [...watches.keys()],
    async stop() {
      stopped = true;
      clearTimeout(timer);
      for (const t of pending.values()) clearTimeout(t);
      const running = [...watches.values()];
      for (const w of running) w.abort.abort();
      await Promise.all(running.map((w) => w.done));
      await releaseWatchLeases(ctx.db, holder).catch(() => {});
    },
  };
}
