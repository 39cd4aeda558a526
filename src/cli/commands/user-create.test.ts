import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { verifyPassword } from '../../core/auth/passwords.ts';
import { createCliEnv, type CliEnv } from './cli-test-harness.ts';

const password = 'a long enough password';

describe('tandem user create', () => {
  let cli: CliEnv;
  before(async () => {
    cli = await createCliEnv();
  });
  after(() => cli.close());

  it('creates a user who owns a new workspace, reading the password from stdin and never printing it', async () => {
    const res = await cli.run(['user', 'create', '--email', 'ann@example.com', '--name', 'Ann Owner', '--password-stdin', '--workspace-name', 'Acme'], { stdin: `${password}\n` });
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, /^Created user ann@example.com \(.+\), owner of the new workspace "Acme" \(.+\)\n$/);
    assert.ok(!(res.stdout + res.stderr).includes(password));
    await cli.withDatabase(async (db) => {
      const [user] = await db.query<{ password_hash: string; role: string; name: string }>(
        `select u.password_hash, m.role, w.name from users u join memberships m on m.user_id = u.id join workspaces w on w.id = m.workspace_id where u.email = 'ann@example.com'`,
      );
      assert.equal(user!.role, 'owner');
      assert.equal(user!.name, 'Acme');
      assert.ok(await verifyPassword(user!.password_hash, password), 'the trailing newline from stdin is not part of the password');
    });
  });

  it('adds a new user to an existing workspace with a role, audited', async () => {
    const workspaceId = await cli.withDatabase(async (db) => (await db.query<{ id: string }>(`select id from workspaces`))[0]!.id);
    const res = await cli.run(['user', 'create', '--email', 'cm@example.com', '--name', 'Casey', '--password', password, '--workspace', workspaceId, '--role', 'community_manager']);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, new RegExp(`as community_manager of workspace ${workspaceId}`));
    await cli.withDatabase(async (db) => {
      const rows = await db.query<{ role: string; hat: string; actor_label: string }>(
        `select m.role, m.hat, a.actor_label from memberships m join users u on u.id = m.user_id
         join audit_entries a on a.target_id = m.id::text and a.action = 'member.add' where u.email = 'cm@example.com'`,
      );
      assert.deepEqual(rows, [{ role: 'community_manager', hat: 'community', actor_label: 'cli' }]);
    });
  });

  it('refuses a taken e-mail, a bad role and a missing password, creating nothing', async () => {
    const taken = await cli.run(['user', 'create', '--email', 'ANN@example.com', '--name', 'Again', '--password', password]);
    assert.equal(taken.code, 1);
    assert.match(taken.stderr, /^tandem: A user with e-mail ANN@example.com already exists \[conflict\]\n$/);
    const workspaceId = await cli.withDatabase(async (db) => (await db.query<{ id: string }>(`select id from workspaces`))[0]!.id);
    const badRole = await cli.run(['user', 'create', '--email', 'x@example.com', '--name', 'X', '--password', password, '--workspace', workspaceId, '--role', 'king']);
    assert.equal(badRole.code, 1);
    assert.match(badRole.stderr, /--role must be one of .* \[validation_failed\]/);
    const noPassword = await cli.run(['user', 'create', '--email', 'y@example.com', '--name', 'Y']);
    assert.equal(noPassword.code, 1);
    assert.match(noPassword.stderr, /No password.*\[validation_failed\]/);
    const unknownWorkspace = await cli.run(['user', 'create', '--email', 'z@example.com', '--name', 'Z', '--password', password, '--workspace', '01a20886-0000-7000-8000-000000000000', '--role', 'analyst']);
    assert.equal(unknownWorkspace.code, 1);
    assert.match(unknownWorkspace.stderr, /Workspace not found \[not_found\]/);
    await cli.withDatabase(async (db) => {
      const emails = await db.query<{ email: string }>(`select email from users order by email`);
      assert.deepEqual(emails.map((e) => e.email), ['ann@example.com', 'cm@example.com'], 'the user of a failed membership was rolled back');
    });
  });
});
