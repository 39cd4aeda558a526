import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hashSecret } from '../../core/shared/ids.ts';
import { createCliEnv, type CliEnv } from './cli-test-harness.ts';

describe('tandem token create', () => {
  let cli: CliEnv;
  let workspaceId: string;
  before(async () => {
    cli = await createCliEnv();
    const made = await cli.run(['user', 'create', '--email', 'ann@example.com', '--name', 'Ann', '--password', 'a long enough password', '--workspace-name', 'Acme']);
    assert.equal(made.code, 0, made.stderr);
    workspaceId = made.stdout.match(/workspace "Acme" \((.+)\)/)![1]!;
  });
  after(() => cli.close());

  it('prints the secret alone on stdout and stores only its hash, with an audit entry', async () => {
    const res = await cli.run(['token', 'create', '--workspace', workspaceId, '--name', 'CI deploy', '--role', 'admin', '--expires-days', '30']);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, /^tdm_[A-Za-z0-9_-]{43}\n$/);
    assert.match(res.stderr, /Created token "CI deploy" \(admin\) for workspace "Acme"; it expires .*shown only this once/);
    const secret = res.stdout.trim();
    await cli.withDatabase(async (db) => {
      const [token] = await db.query<{ role: string; token_hash: string; days: number; created_by: string | null }>(
        `select role, token_hash, round(extract(epoch from expires_at - created_at) / 86400)::int as days, created_by from api_tokens`,
      );
      assert.deepEqual(token, { role: 'admin', token_hash: hashSecret(secret), days: 30, created_by: null });
      const audit = await db.query<{ actor_label: string }>(`select actor_label from audit_entries where action = 'token.create'`);
      assert.deepEqual(audit, [{ actor_label: 'cli' }]);
    });
  });

  it('refuses an unknown workspace and bad options', async () => {
    const unknown = await cli.run(['token', 'create', '--workspace', '01a20886-0000-7000-8000-000000000000', '--name', 'x', '--role', 'analyst']);
    assert.equal(unknown.code, 1);
    assert.equal(unknown.stdout, '');
    assert.match(unknown.stderr, /Workspace not found \[not_found\]/);
    const badDays = await cli.run(['token', 'create', '--workspace', workspaceId, '--name', 'x', '--role', 'analyst', '--expires-days', 'soon']);
    assert.equal(badDays.code, 1);
    assert.match(badDays.stderr, /--expires-days must be a whole number of days \[validation_failed\]/);
  });
});
