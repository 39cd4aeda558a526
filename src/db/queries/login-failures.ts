// The failed-login counters behind rate limiting, one per key (an e-mail or a client address).
import { eq, inArray, sql } from 'drizzle-orm';
import { loginFailures } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type LoginFailureCounter = typeof loginFailures.$inferSelect;

export function findLoginFailures(db: Tx, keys: string[]): Promise<LoginFailureCounter[]> {
  return db.select().from(loginFailures).where(inArray(loginFailures.key, keys));
}

/** Counts one failure: adds to a counter whose window started after `windowStart`, else restarts it at `now`. */
export async function countLoginFailure(db: Tx, key: string, now: Date, windowStart: Date): Promise<void> {
  await db
    .insert(loginFailures)
    .values({ key, count: 1, windowStart: now })
    .onConflictDoUpdate({
      target: loginFailures.key,
      set: {
        count: sql`case when ${loginFailures.windowStart} > ${windowStart} then ${loginFailures.count} + 1 else 1 end`,
        windowStart: sql`case when ${loginFailures.windowStart} > ${windowStart} then ${loginFailures.windowStart} else ${now} end`,
      },
    });
}

export async function clearLoginFailures(db: Tx, key: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.key, key));
}
