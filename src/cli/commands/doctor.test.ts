import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { insertTestChannel } from '../../testing/test-channel.ts';
import { systemActor, systemClock } from '../../core/shared/context.ts';
import { createUser } from '../../core/users/create-user.ts';
import { createWorkspace } from '../../core/workspaces/create-workspace.ts';
import { createCliEnv, type CliEnv } from './cli-test-harness.ts';

const statuses = (stdout: string) => Object.fromEntries(stdout.trim().split('\n').map((l) => [l.slice(6, 21).trim(), l.slice(0, 5).trim()]));

describe('tandem doctor', () => {
  let cli: CliEnv;
  const key = randomBytes(32);
  before(async () => {
    cli = await createCliEnv();
  });
  after(() => cli.close());

  it('reports ok on a good setup, naming the backend', async () => {
    await cli.withDatabase(async (db) => {
      const base = { db: db.db, clock: systemClock, actor: systemActor('test') };
      const owner = await createUser(base, { email: 'ann@example.com', name: 'Ann', password: 'a long enough password' });
      const workspace = await createWorkspace(base, { name: 'Acme', ownerId: owner.id });
      const ctx = { ...base, workspaceId: workspace.id, role: 'owner' as const };
      await insertTestChannel(db.db, { workspaceId: ctx.workspaceId, keyring: { current: key, previous: [] }, network: 'mastodon', displayName: 'Acme', credentials: { token: 't' } });
    });
    const res = await cli.run(['doctor'], { env: { TANDEM_ENCRYPTION_KEY: key.toString('base64') } });
    assert.equal(res.code, 0, res.stdout + res.stderr);
    const s = statuses(res.stdout);
    assert.deepEqual({ ...s, 'data dir': 'ok|warn'.includes(s['data dir']!) ? 'checked' : s['data dir'] }, {
      config: 'ok',
      database: 'ok',
      migrations: 'ok',
      'data dir': 'checked',
      'encryption key': 'ok',
    });
    assert.match(res.stdout, cli.env.DATABASE_URL ? /database +PostgreSQL \d+/ : /database +PGlite \(PostgreSQL \d+/);
    assert.match(res.stdout, /GB free/);
    assert.match(res.stdout, /opens stored credentials/);
  });

  it('fails when the key does not open the stored credentials, unless the old key is still listed as previous', async () => {
    const newKey = randomBytes(32).toString('base64');
    const res = await cli.run(['doctor'], { env: { TANDEM_ENCRYPTION_KEY: newKey } });
    assert.equal(res.code, 1);
    assert.equal(statuses(res.stdout)['encryption key'], 'fail');
    const rotating = await cli.run(['doctor'], { env: { TANDEM_ENCRYPTION_KEY: newKey, TANDEM_ENCRYPTION_KEY_PREVIOUS: key.toString('base64') } });
    assert.equal(rotating.code, 0, rotating.stdout + rotating.stderr);
    assert.match(rotating.stdout, /encryption key +present \(TANDEM_ENCRYPTION_KEY\), opens stored credentials/);
  });

  it('warns, without failing, about a pending migration and a key file not created yet, and creates nothing', async () => {
    const fresh = await createCliEnv();
    try {
      await fresh.withDatabase((db) => db.query('delete from drizzle.__drizzle_migrations where id = (select max(id) from drizzle.__drizzle_migrations)'));
      const res = await fresh.run(['doctor']);
      assert.equal(res.code, 0, res.stdout + res.stderr);
      assert.equal(statuses(res.stdout).migrations, 'warn');
      assert.match(res.stdout, /migrations +1 pending/);
      assert.equal(statuses(res.stdout)['encryption key'], 'warn');
      assert.match(res.stdout, /encryption\.key does not exist yet/);
      assert.equal(fs.existsSync(path.join(fresh.dataDir, 'encryption.key')), false, 'doctor only looks');
    } finally {
      await fresh.close();
    }
  });

  it('fails with an unreachable DATABASE_URL or a bad setting', async () => {
    const unreachable = await cli.run(['doctor'], { env: { DATABASE_URL: 'postgres://tandem:secret-pw@127.0.0.1:1/tandem' } });
    assert.equal(unreachable.code, 1);
    assert.equal(statuses(unreachable.stdout).database, 'fail');
    assert.match(unreachable.stdout, /cannot reach the database at 127\.0\.0\.1:1\/tandem/);
    assert.ok(!unreachable.stdout.includes('secret-pw'), 'the password in the URL is not printed');
    const badConfig = await cli.run(['doctor'], { env: { PORT: 'eighty' } });
    assert.equal(badConfig.code, 1);
    assert.match(badConfig.stdout, /^fail {2}config +Invalid configuration: PORT must be/);
  });
});
