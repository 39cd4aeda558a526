// Raw SQL through the Drizzle handle. Both drivers (PGlite and node-postgres) answer `execute`
// with an object that carries `rows`.
import type { SQL } from 'drizzle-orm';
import type { Tx } from '../client.ts';

export async function selectRows<T>(db: Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
