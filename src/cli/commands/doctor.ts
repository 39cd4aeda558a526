// `tandem doctor`: checks what Tandem needs to run and prints one line per check (ok, warn or
// fail). Exits 1 when any check fails, so it can gate a deployment script.
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from '../../config.ts';
import { openDatabase, type Database } from '../../db/client.ts';
import { pendingMigrations } from '../../db/migrate.ts';
import { keyFile, loadKeyring } from '../../crypto/load-keyring.ts';
import { open, type Keyring } from '../../crypto/secrets.ts';
import type { Command } from './index.ts';

type Status = 'ok' | 'warn' | 'fail';
type Check = { status: Status; name: string; detail: string };

const minFreeBytes = 1024 ** 3;
const connectTimeoutMs = 5000;

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Where the database is, without the password a URL may carry. */
function describeLocation(config: Config): string {
  if (!config.databaseUrl) return `embedded in ${path.join(config.dataDir, 'pg')}`;
  const url = new URL(config.databaseUrl);
  return `at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

async function checkDatabase(config: Config): Promise<{ check: Check; database?: Database }> {
  let database: Database | undefined;
  try {
    database = await withTimeout(openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 }), connectTimeoutMs, 'The database');
    const [row] = await withTimeout(database.query<{ v: string }>("select current_setting('server_version') as v"), connectTimeoutMs, 'The database');
    const backend = database.kind === 'pglite' ? `PGlite (PostgreSQL ${row!.v})` : `PostgreSQL ${row!.v}`;
    return { check: { status: 'ok', name: 'database', detail: `${backend} ${describeLocation(config)}` }, database };
  } catch (err) {
    await database?.close().catch(() => {});
    return { check: { status: 'fail', name: 'database', detail: `cannot reach the database ${describeLocation(config)}: ${errorText(err)}` } };
  }
}

async function checkMigrations(database: Database | undefined): Promise<Check> {
  if (!database) return { status: 'fail', name: 'migrations', detail: 'not checked: the database is unreachable' };
  const pending = await pendingMigrations(database);
  if (pending === 0) return { status: 'ok', name: 'migrations', detail: 'all applied' };
  if (pending < 0) return { status: 'fail', name: 'migrations', detail: 'the database was migrated by a newer Tandem than this one' };
  return { status: 'warn', name: 'migrations', detail: `${pending} pending (tandem start applies them, or run tandem migrate)` };
}

async function checkDataDir(config: Config): Promise<Check> {
  const dir = config.dataDir;
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.doctor-${process.pid}`);
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe);
  } catch (err) {
    return { status: 'fail', name: 'data dir', detail: `${dir} is not writable: ${errorText(err)}` };
  }
  const stats = await fs.promises.statfs(dir);
  const free = stats.bavail * stats.bsize;
  const gb = (free / 1024 ** 3).toFixed(1);
  if (free < minFreeBytes) return { status: 'warn', name: 'data dir', detail: `${dir} is writable but only ${gb} GB is free (below 1 GB)` };
  return { status: 'ok', name: 'data dir', detail: `${dir} is writable, ${gb} GB free` };
}

// The keyring Tandem itself would use (previous keys included, so a rotation in progress checks
// out), but never created here: a missing key file is only reported.
function readKey(config: Config): { keyring?: Keyring; check?: Check } {
  if (config.encryptionKey) return { keyring: loadKeyring(config) };
  const file = keyFile(config.dataDir);
  if (!fs.existsSync(file)) return { check: { status: 'warn', name: 'encryption key', detail: `${file} does not exist yet; tandem start creates it (or set TANDEM_ENCRYPTION_KEY)` } };
  try {
    const keyring = loadKeyring(config);
    if (keyring.current.length !== 32) return { check: { status: 'fail', name: 'encryption key', detail: `${file} does not hold 32 bytes in base64` } };
    if (fs.statSync(file).mode & 0o077) return { keyring, check: { status: 'warn', name: 'encryption key', detail: `${file} is readable by other users (chmod 600 it)` } };
    return { keyring };
  } catch (err) {
    return { check: { status: 'fail', name: 'encryption key', detail: `cannot read ${file}: ${errorText(err)}` } };
  }
}

async function checkEncryptionKey(config: Config, database: Database | undefined): Promise<Check> {
  const { keyring, check } = readKey(config);
  const source = config.encryptionKey ? 'TANDEM_ENCRYPTION_KEY' : keyFile(config.dataDir);
  // The real test of a key: does it open the credentials already sealed with it?
  const sealed = database
    ? await database.query<{ credentials: string }>('select credentials from channels where credentials is not null limit 1').catch(() => [])
    : [];
  if (sealed[0]) {
    if (!keyring) return { status: 'fail', name: 'encryption key', detail: 'channel credentials are stored but no key is available to open them' };
    try {
      open(keyring, sealed[0].credentials);
    } catch {
      return { status: 'fail', name: 'encryption key', detail: `the key from ${source} does not open the stored channel credentials` };
    }
  }
  return check ?? { status: 'ok', name: 'encryption key', detail: `present (${source})${sealed[0] ? ', opens stored credentials' : ''}` };
}

function print(check: Check) {
  console.log(`${check.status.padEnd(5)} ${check.name.padEnd(15)} ${check.detail}`);
}

export const doctorCommand: Command = {
  summary: 'Check configuration, database, migrations, disk and encryption key',
  usage: '(reads the same environment as tandem start; exits 1 if any check fails)',
  async run() {
    let config: Config;
    try {
      config = loadConfig();
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      print({ status: 'fail', name: 'config', detail: err.message });
      return 1;
    }
    const checks: Check[] = [{ status: 'ok', name: 'config', detail: 'valid' }];
    print(checks[0]!);
    const { check, database } = await checkDatabase(config);
    checks.push(check);
    print(check);
    try {
      for (const next of [() => checkMigrations(database), () => checkDataDir(config), () => checkEncryptionKey(config, database)]) {
        const result = await next();
        checks.push(result);
        print(result);
      }
    } finally {
      await database?.close();
    }
    return checks.some((c) => c.status === 'fail') ? 1 : 0;
  },
};
