// Throwaway PostgreSQL databases on the loopback server, for the PostgreSQL variants. The
// server is optional: when it is not there, those benches are skipped, not failed.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { owe } from './cleanup.ts';

export const adminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

export async function postgresReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export type ThrowawayDb = { url: string; drop(): Promise<void> };

export async function createThrowawayDb(): Promise<ThrowawayDb> {
  const name = `tandem_bench_${randomBytes(6).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: owe(() => admin(`drop database if exists ${name} with (force)`)) };
}
