// Per-account request limiter: before each call to a network, a connector's caller asks
// "may this channel send now?" and gets "go" or "wait N ms".
//
// A sliding-window log, not a token bucket: a bucket of N refilled over W lets up to 2N requests
// through in some window of length W, which breaks a network's "N per W" promise. The log keeps
// the last N request times per channel and rule, so memory is bounded by the largest N.
//
// In memory, per process: with several workers each holds its own log, so a channel's real rate
// can reach (workers x N); the network's 429 + retry-after (mapped by http-errors.ts) is the
// backstop. Daily publish caps are counted from the database when publishing lands.
import type { RateLimitRule } from './limits.ts';

export type RateDecision = { go: true } | { go: false; waitMs: number };

export type RateLimiter = {
  /** Records a request and answers go, or answers how long to wait without recording it. */
  take(channelId: string, rules: readonly RateLimitRule[]): RateDecision;
  /** Drops a channel's history (disconnected channel). */
  forget(channelId: string): void;
};

/** The limiter of this process, shared by every channel's context. */
let processLimiter: RateLimiter | undefined;
export const processRateLimiter = (): RateLimiter => (processLimiter ??= createRateLimiter());

export function createRateLimiter(now: () => number = Date.now): RateLimiter {
  // channel id -> rule key -> request times, oldest first
  const logs = new Map<string, Map<string, number[]>>();

  const logFor = (channelId: string, rule: RateLimitRule): number[] => {
    let byRule = logs.get(channelId);
    if (!byRule) logs.set(channelId, (byRule = new Map()));
    const key = `${rule.requests}/${rule.windowSeconds}/${rule.scope}`;
    let log = byRule.get(key);
    if (!log) byRule.set(key, (log = []));
    return log;
  };

  return {
    take(channelId, rules) {
      const t = now();
      let waitMs = 0;
      const ruleLogs = rules.map((rule) => {
        const log = logFor(channelId, rule);
        const windowMs = rule.windowSeconds * 1000;
        while (log.length > 0 && (log[0] ?? 0) <= t - windowMs) log.shift();
        // Full: the oldest request in the window must age out first.
        if (log.length >= rule.requests) waitMs = Math.max(waitMs, (log[0] ?? t) + windowMs - t);
        return log;
      });
      if (waitMs > 0) return { go: false, waitMs };
      for (const log of ruleLogs) log.push(t);
      return { go: true };
    },
    forget(channelId) {
      logs.delete(channelId);
    },
  };
}
