// When a failed delivery is tried again: 1 min, 5 min, 30 min, 2 h, 12 h after each failure,
// each ±20 % so that receivers coming back from an outage are not hit by every sender at once.
export const retryDelaysSeconds = [60, 5 * 60, 30 * 60, 2 * 3600, 12 * 3600] as const;
/** The first attempt plus one per retry delay; after the last one the delivery is `failed`. */
export const maxAttempts = retryDelaysSeconds.length + 1;

/** The next attempt after `attempts` failed ones, or null when it is time to give up. */
export function nextAttemptAt(now: Date, attempts: number, random: () => number = Math.random): Date | null {
  const delay = retryDelaysSeconds[attempts - 1];
  if (delay === undefined) return null;
  const jitter = 0.8 + 0.4 * random();
  return new Date(now.getTime() + Math.round(delay * jitter * 1000));
}
