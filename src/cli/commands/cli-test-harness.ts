// For CLI tests: a fresh migrated database that a spawned `tandem` process can open, and a way
// to run `node src/cli/main.ts ...` against it. An embedded (PGlite) directory can be open in
// one place at a time, so the test's own handle is closed and reopened only around checks.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from '../../db/client.ts';
import { createTestDatabase } from '../../testing/test-database.ts';

const mainScript = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'main.ts');

export type CliResult = { code: number | null; stdout: string; stderr: string };

export type CliEnv = {
  dataDir: string;
  env: Record<string, string>;
  run(args: string[], opts?: { stdin?: string; env?: Record<string, string> }): Promise<CliResult>;
  withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export async function createCliEnv(): Promise<CliEnv> {
  const test = await createTestDatabase();
  await test.detach();
  const env: Record<string, string> = { DATA_DIR: test.dataDir, LOG_LEVEL: 'silent' };
  if (test.databaseUrl) env.DATABASE_URL = test.databaseUrl;
  // Only what a process needs, so the caller's DATABASE_URL or key never leaks into a run.
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'UTC' };
  return {
    dataDir: test.dataDir,
    env,
    run(args, opts = {}) {
      return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [mainScript, ...args], { env: { ...base, ...env, ...opts.env }, stdio: 'pipe' });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
        child.stdin.end(opts.stdin ?? '');
      });
    },
    async withDatabase(fn) {
      if (test.kind === 'postgres') return fn(test);
      const database = await openDatabase({ dataDir: test.dataDir });
      try {
        return await fn(database);
      } finally {
        await database.close();
      }
    },
    async close() {
      if (test.kind === 'postgres') await test.close();
      else fs.rmSync(test.dataDir, { recursive: true, force: true });
    },
  };
}
