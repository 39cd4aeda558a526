import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { AppError } from '../shared/errors.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.ts';
import { readBackupLines, writeBackupFile } from './backup-file.ts';
import { exportWorkspace } from './export-workspace.ts';
import { importWorkspace } from './import-workspace.ts';
import { countAllTables, seedWorkspace, snapshotWorkspace, systemCtx } from './backup-test-fixture.ts';

describe('restore refuses bad input and changes nothing when it does', () => {
  let db: TestDatabase;
  let dir: string;
  let file: string;
  let workspaceId: string;
  let lines: string[];

  before(async () => {
    db = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-restore-'));
    file = path.join(dir, 'backup.gz');
    ({ workspaceId } = await seedWorkspace(db, { activities: 6 }));
    await writeBackupFile(file, (write) => exportWorkspace(systemCtx(db), { workspaceId, write }));
    lines = [];
    for await (const line of readBackupLines(file)) lines.push(line);
  });
  after(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const writeLines = (name: string, content: string[]) => {
    const target = path.join(dir, name);
    fs.writeFileSync(target, gzipSync(content.join('\n') + '\n'));
    return target;
  };

  /** Restores `source` over the existing workspace (replace) and expects backup_invalid. */
  async function assertRefusedAndUnchanged(source: string, message: RegExp) {
    const before = await snapshotWorkspace(db, workspaceId);
    const counts = await countAllTables(db);
    await assert.rejects(importWorkspace(systemCtx(db), { lines: readBackupLines(source), replace: true, batchSize: 3 }), (err: unknown) => {
      assert.ok(err instanceof AppError);
      assert.equal(err.code, 'backup_invalid');
      assert.match(err.message, message);
      return true;
    });
    assert.deepEqual(await snapshotWorkspace(db, workspaceId), before);
    assert.deepEqual(await countAllTables(db), counts);
  }

  it('refuses a workspace that already exists, unless told to replace it', async () => {
    await assert.rejects(importWorkspace(systemCtx(db), { lines: readBackupLines(file) }), { code: 'workspace_exists' });
    const before = await snapshotWorkspace(db, workspaceId);
    const result = await importWorkspace(systemCtx(db), { lines: readBackupLines(file), replace: true });
    assert.equal(result.reusedUsers, 3, 'every account of the file is already here');
    assert.deepEqual(await snapshotWorkspace(db, workspaceId), before);
  });

  it('rejects a truncated gzip file', async () => {
    const bytes = fs.readFileSync(file);
    const cut = path.join(dir, 'cut.gz');
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await assertRefusedAndUnchanged(cut, /the file cannot be read \(unexpected end of file\)/);
  });

  it('rejects a file that lost its last lines, by the header counts', async () => {
    await assertRefusedAndUnchanged(writeLines('short.gz', lines.slice(0, -2)), /the header announces \d+ audit_entries rows but the file holds \d+/);
  });

  it('names the line of an invalid row', async () => {
    const broken = [...lines];
    const index = broken.findIndex((l) => l.startsWith('{"table":"activities"'));
    const row = JSON.parse(broken[index]!);
    row.row.occurred_at = 'yesterday';
    broken[index] = JSON.stringify(row);
    await assertRefusedAndUnchanged(writeLines('bad-row.gz', broken), new RegExp(`^Backup line ${index + 1}: activities row: occurred_at`));
  });

  it('rejects lines that are not JSON, unknown columns and rows of another workspace', async () => {
    const last = lines.length - 1;
    await assertRefusedAndUnchanged(writeLines('garbage.gz', [...lines.slice(0, last), '{"table": "audit_entries", "ro']), new RegExp(`line ${last + 1}: not valid JSON`));
    const extra = JSON.parse(lines[last]!);
    extra.row.sneaky = true;
    await assertRefusedAndUnchanged(writeLines('extra.gz', [...lines.slice(0, last), JSON.stringify(extra)]), /sneaky/);
    const foreign = JSON.parse(lines[last]!);
    foreign.row.workspace_id = '00000000-0000-4000-8000-000000000000';
    await assertRefusedAndUnchanged(writeLines('foreign.gz', [...lines.slice(0, last), JSON.stringify(foreign)]), /belongs to another workspace/);
  });

  it('rejects a file that is not a Tandem backup', async () => {
    await assertRefusedAndUnchanged(writeLines('other.gz', ['{"hello":"world"}']), /^Backup line 1: not a Tandem backup header/);
    const plain = path.join(dir, 'plain.txt');
    fs.writeFileSync(plain, lines.join('\n'));
    await assertRefusedAndUnchanged(plain, /^Backup line 1: the file cannot be read/);
  });
});
