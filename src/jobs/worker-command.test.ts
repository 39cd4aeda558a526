// `tandem worker` refuses the embedded database with one clear line instead of fighting
// `tandem start` for the data directory.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../cli/main.ts', import.meta.url));

describe('tandem worker', () => {
  it('exits with one line saying workers need DATABASE_URL when the database is embedded', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-worker-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
      delete env.DATABASE_URL;
      const run = spawnSync(process.execPath, [main, 'worker'], { env, encoding: 'utf8', timeout: 20_000 });
      assert.equal(run.status, 1);
      const lines = run.stderr.trim().split('\n');
      assert.equal(lines.length, 1, run.stderr);
      assert.match(lines[0]!, /DATABASE_URL/);
      assert.match(lines[0]!, /tandem start` already runs the workers/);
      assert.deepEqual(fs.readdirSync(dataDir), [], 'the embedded database was not opened');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
