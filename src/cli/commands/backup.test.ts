import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { seedWorkspace, snapshotWorkspace } from '../../core/backup/backup-test-fixture.ts';
import { createCliEnv, type CliEnv } from './cli-test-harness.ts';

describe('tandem backup and tandem restore', () => {
  let source: CliEnv;
  let target: CliEnv;
  let workspaceId: string;
  let original: Record<string, string[]>;
  let file: string;
  before(async () => {
    [source, target] = await Promise.all([createCliEnv(), createCliEnv()]);
    ({ workspaceId, original } = await source.withDatabase(async (db) => {
      const seeded = await seedWorkspace(db);
      return { workspaceId: seeded.workspaceId, original: await snapshotWorkspace(db, seeded.workspaceId) };
    }));
    file = path.join(source.dataDir, 'acme.backup.gz');
  });
  after(() => Promise.all([source.close(), target.close()]));

  it('backs a workspace up to a private file, and will not overwrite it without --force', async () => {
    const res = await source.run(['backup', '--workspace', workspaceId, '--out', file]);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, new RegExp(`^Backed up workspace ${workspaceId}: \\d+ rows to ${file.replace(/[.]/g, '\\.')}`));
    assert.match(res.stderr, /keep it private/);
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    const again = await source.run(['backup', '--workspace', workspaceId, '--out', file]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already exists \(use --force to overwrite it\) \[conflict\]/);
  });

  it('restores into another database with nothing lost', async () => {
    const res = await target.run(['restore', '--in', file]);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, new RegExp(`^Restored workspace ${workspaceId}: \\d+ rows\\n$`));
    assert.deepEqual(await target.withDatabase((db) => snapshotWorkspace(db, workspaceId)), original);
  });

  it('refuses to restore over an existing workspace unless --replace', async () => {
    const refused = await source.run(['restore', '--in', file]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /already exists here \(use --replace to overwrite it\) \[workspace_exists\]/);
    const replaced = await source.run(['restore', '--in', file, '--replace']);
    assert.equal(replaced.code, 0, replaced.stderr);
    assert.match(replaced.stdout, /3 existing account\(s\) reused, passwords unchanged/);
    assert.deepEqual(await source.withDatabase((db) => snapshotWorkspace(db, workspaceId)), original);
  });

  it('reports a corrupted file as backup_invalid and leaves the workspace as it was', async () => {
    const bytes = fs.readFileSync(file);
    const broken = path.join(source.dataDir, 'broken.gz');
    fs.writeFileSync(broken, bytes.subarray(0, bytes.length - 20));
    const res = await source.run(['restore', '--in', broken, '--replace']);
    assert.equal(res.code, 1);
    assert.match(res.stderr, /^tandem: Backup line \d+: .* \[backup_invalid\]\n$/);
    assert.deepEqual(await source.withDatabase((db) => snapshotWorkspace(db, workspaceId)), original);
  });
});
