// A table only the crash-recovery test creates: each attempt of its job logs a phase with the
// process id, so the test can tell which worker did what.
import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../client.ts';

export const crashLogTable = 'job_crash_test_log';

export const createCrashLog = (database: Database) =>
  database.query(`create table if not exists ${crashLogTable} (key text not null, pid int not null, phase text not null)`);

export async function appendCrashLog(db: Tx, key: string, pid: number, phase: string): Promise<void> {
  await db.execute(sql`insert into ${sql.identifier(crashLogTable)} (key, pid, phase) values (${key}, ${pid}, ${phase})`);
}
