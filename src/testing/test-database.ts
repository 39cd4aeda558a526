// A fresh, migrated database for each test file. With DATABASE_URL set, a throwaway database is
// created on that PostgreSQL server; otherwise a migrated PGlite template directory (built once
// per migration set) is copied, because a PGlite initdb takes seconds and a copy milliseconds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig } from '../config.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { applyMigrations, migrationsFolder } from '../db/migrate.ts';

function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const file of fs.readdirSync(migrationsFolder).filter((f) => f.endsWith('.sql')).sort()) {
    hash.update(fs.readFileSync(path.join(migrationsFolder, file)));
  }
  return hash.digest('hex').slice(0, 12);
}

async function pgliteTemplate(): Promise<string> {
  const template = path.join(os.tmpdir(), `tandem-pglite-template-${migrationsHash()}`);
  if (fs.existsSync(path.join(template, 'ready'))) return template;
  // Build beside the final place and rename, so parallel test files never see half a template.
  const building = `${template}.${process.pid}.${randomBytes(4).toString('hex')}`;
  const db = await openDatabase({ dataDir: building });
  await applyMigrations(db);
  await db.close();
  fs.writeFileSync(path.join(building, 'ready'), '');
  try {
    fs.renameSync(building, template);
  } catch {
    fs.rmSync(building, { recursive: true, force: true });
  }
  return template;
}

export type TestDatabase = Database & {
  dataDir: string;
  databaseUrl?: string;
  /** Closes this process's connection but keeps the data, so a spawned process can open it. */
  detach(): Promise<void>;
};

export async function createTestDatabase(): Promise<TestDatabase> {
  const { databaseUrl } = loadConfig();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-test-'));
  if (databaseUrl) {
    const name = `tandem_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString(), dataDir });
    await applyMigrations(database);
    const close = database.close;
    return {
      ...database,
      dataDir,
      databaseUrl: url.toString(),
      detach: async () => {},
      async close() {
        await close();
        const drop = new pg.Client({ connectionString: databaseUrl });
        await drop.connect();
        await drop.query(`drop database if exists ${name} with (force)`);
        await drop.end();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  fs.cpSync(await pgliteTemplate(), dataDir, { recursive: true });
  fs.rmSync(path.join(dataDir, 'ready'));
  const database = await openDatabase({ dataDir });
  const close = database.close;
  return {
    ...database,
    dataDir,
    detach: close,
    async close() {
      await close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
