// Slows down guessing on public endpoints: an address whose requests keep failing (bad
// signature, unknown id) is refused with 429 for the rest of the window, before any database
// work. Requests that succeed are never counted. In memory, per process, like the login limits'
// first line of defence; several API processes each keep their own count.
import { createRateLimiter } from '../connectors/sdk/rate-limiter.ts';

export type FailureThrottle = {
  /** Seconds the address must wait, or 0 when it may go on. */
  blockedFor(address: string): number;
  recordFailure(address: string): void;
  /** How many addresses are remembered now. */
  tracked(): number;
};

export function createFailureThrottle(opts: { failures: number; windowSeconds: number; now?: () => number }): FailureThrottle {
  const now = opts.now ?? Date.now;
  const windowMs = opts.windowSeconds * 1000;
  const limiter = createRateLimiter(now);
  const rules = [{ requests: opts.failures, windowSeconds: opts.windowSeconds, scope: 'all' as const }];
  const blockedUntil = new Map<string, number>();
  // Anyone can send from many addresses: once a window, addresses whose last failure has aged out
  // (so their count and any block with it) are dropped, keeping memory to the recent ones.
  const lastFailure = new Map<string, number>();
  let nextSweep = now() + windowMs;
  const sweep = (t: number) => {
    if (t < nextSweep) return;
    nextSweep = t + windowMs;
    for (const [address, at] of lastFailure) {
      if (at > t - windowMs) continue;
      lastFailure.delete(address);
      blockedUntil.delete(address);
      limiter.forget(address);
    }
  };
  return {
    blockedFor(address) {
      const until = blockedUntil.get(address) ?? 0;
      if (until <= now()) {
        blockedUntil.delete(address);
        return 0;
      }
      return Math.ceil((until - now()) / 1000);
    },
    recordFailure(address) {
      const t = now();
      sweep(t);
      lastFailure.set(address, t);
      const decision = limiter.take(address, rules);
      if (!decision.go) blockedUntil.set(address, t + decision.waitMs);
    },
    tracked: () => lastFailure.size,
  };
}
