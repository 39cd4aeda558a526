// The engine's timings, in one place. The deadline of an attempt is well inside the claim's lease:
// a worker that is still waiting on the network when its lease runs out would otherwise race the
// worker that reclaims the target. Tests and the crash bench pass shorter values.
export type EngineOptions = {
  /** A claim older than this is given up on: its worker is presumed dead and the target is reclaimed. */
  leaseSeconds: number;
  /** Every network call of one attempt (read-back, post, thread parts, comment) ends by then. */
  deadlineSeconds: number;
  /** Claims before a target whose attempts keep failing is given up on. */
  maxAttempts: number;
  /** First retry delay after a transient failure; doubled for every attempt after that. */
  backoffSeconds: number;
};

export const defaultEngineOptions: EngineOptions = { leaseSeconds: 60, deadlineSeconds: 20, maxAttempts: 5, backoffSeconds: 30 };

/** The inbox watches a published post's replies this long (the hand-off to the next issue). */
export const WATCH_REPLIES_MS = 14 * 24 * 60 * 60 * 1000;

export function engineOptions(overrides: Partial<EngineOptions> = {}): EngineOptions {
  const options = { ...defaultEngineOptions, ...overrides };
  if (options.deadlineSeconds * 2 > options.leaseSeconds) throw new Error('engine options: the attempt deadline must be at most half the claim lease');
  return options;
}

/** Delay before the retry that follows attempt number `attempts` (1-based), with some jitter. */
export function backoffMs(options: EngineOptions, attempts: number): number {
  const base = options.backoffSeconds * 1000 * 2 ** Math.max(0, attempts - 1);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}
