import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { open } from '../../crypto/secrets.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.ts';
import { createUser } from '../users/create-user.ts';
import { backupTableNames } from '../../db/queries/backup/tables.ts';
import { knownMigrationTags } from '../../db/migrate.ts';
import { readBackupLines, writeBackupFile } from './backup-file.ts';
import { exportWorkspace } from './export-workspace.ts';
import { importWorkspace } from './import-workspace.ts';
import { seedWorkspace, snapshotWorkspace, systemCtx } from './backup-test-fixture.ts';

describe('workspace backup round trip', () => {
  let source: TestDatabase;
  let dir: string;
  let file: string;
  let seeded: Awaited<ReturnType<typeof seedWorkspace>>;
  let original: Record<string, string[]>;
  const progress: { table: string; done: number; total: number }[] = [];

  before(async () => {
    source = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-backup-'));
    file = path.join(dir, 'acme.tandem.gz');
    seeded = await seedWorkspace(source);
    // A second workspace in the same database must stay out of the file.
    await seedWorkspace(source, { name: 'Other', emailDomain: 'other.test', activities: 3 });
    original = await snapshotWorkspace(source, seeded.workspaceId);
    // A small page size makes the export page through activities several times.
    await writeBackupFile(file, (write) =>
      exportWorkspace(systemCtx(source), { workspaceId: seeded.workspaceId, write, pageSize: 5, onProgress: (p) => progress.push(p) }),
    );
  });
  after(async () => {
    await source.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes a private gzip file whose header counts every table', async () => {
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    assert.deepEqual([...fs.readFileSync(file).subarray(0, 2)], [0x1f, 0x8b]);
    const lines: string[] = [];
    for await (const line of readBackupLines(file)) lines.push(line);
    const header = JSON.parse(lines[0]!);
    assert.equal(header.format, 'tandem-backup');
    assert.equal(header.version, 1);
    assert.equal(header.migration, knownMigrationTags().at(-1), 'the latest migration');
    assert.equal(header.workspaceId, seeded.workspaceId);
    const expected = Object.fromEntries(backupTableNames.map((n) => [n, original[n]!.length]));
    assert.deepEqual(header.counts, expected);
    assert.equal(lines.length, 1 + Object.values(expected).reduce((a, b) => a + b, 0));
    assert.equal(header.counts.activities, 23);
    assert.equal(header.counts.users, 3, 'the two members and the former teammate a conversation is still assigned to');
    for (const table of ['conversations', 'messages', 'conversation_events', 'person_notes', 'merge_suggestions']) assert.equal(header.counts[table], 1, table);
    assert.ok(!lines.some((l) => l.includes('other.test')), 'nothing from the other workspace');
    assert.deepEqual(progress.filter((p) => p.table === 'activities').map((p) => p.done), [5, 10, 15, 20, 23]);
  });

  it('restores into a fresh database with every row identical, and credentials still open', async () => {
    const target = await createTestDatabase();
    try {
      const result = await importWorkspace(systemCtx(target), { lines: readBackupLines(file), batchSize: 4 });
      assert.equal(result.workspaceId, seeded.workspaceId);
      assert.equal(result.reusedUsers, 0);
      const restored = await snapshotWorkspace(target, seeded.workspaceId);
      assert.deepEqual(restored, original);
      assert.ok(restored.people!.some((r) => r.includes('"big": 12345678901234567890') && r.includes('"ratio": 1.50')));
      const [channel] = await target.query<{ credentials: string }>('select credentials from channels');
      assert.deepEqual(JSON.parse(open(seeded.keyring, channel!.credentials)), { appPassword: 'xxxx-yyyy' });
    } finally {
      await target.close();
    }
  });

  it('reuses an existing account with the same e-mail and keeps its password', async () => {
    const target = await createTestDatabase();
    try {
      const existing = await createUser(systemCtx(target), { email: 'OWNER@example.com', name: 'Already Here', password: 'a different password' });
      const [before] = await target.query<{ password_hash: string }>('select password_hash from users where id = $1::uuid', [existing.id]);
      const result = await importWorkspace(systemCtx(target), { lines: readBackupLines(file) });
      assert.equal(result.reusedUsers, 1);
      const [after] = await target.query<{ password_hash: string; name: string }>('select password_hash, name from users where id = $1::uuid', [existing.id]);
      assert.deepEqual(after, { password_hash: before!.password_hash, name: 'Already Here' });
      const owners = await target.query<{ user_id: string; role: string }>("select user_id::text, role from memberships where role = 'owner'");
      assert.deepEqual(owners, [{ user_id: existing.id, role: 'owner' }]);
      const [token] = await target.query<{ n: number }>("select count(*)::int as n from audit_entries where actor_type = 'user' and actor_id = $1", [existing.id]);
      assert.ok(token!.n > 0, 'the owner\'s audit entries now name the matched account');
      const restored = await snapshotWorkspace(target, seeded.workspaceId);
      assert.deepEqual(restored.activities, original.activities);
      assert.deepEqual(restored.channels, original.channels);
    } finally {
      await target.close();
    }
  });
});
