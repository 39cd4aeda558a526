import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DataDirInUseError, lockDataDir } from './data-dir-lock.ts';

describe('embedded data directory lock', () => {
  it('refuses a second opener while the first runs, and takes over a lock left by a dead process', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-lock-'));
    const unlock = lockDataDir(dir);
    assert.throws(() => lockDataDir(dir), (e: Error) => e instanceof DataDirInUseError && e.message.includes(String(process.pid)));
    unlock();
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)']).stdout.toString().trim();
    fs.writeFileSync(path.join(dir, 'tandem.lock'), dead);
    const again = lockDataDir(dir);
    assert.equal(fs.readFileSync(path.join(dir, 'tandem.lock'), 'utf8'), String(process.pid));
    again();
    fs.rmSync(dir, { recursive: true });
  });
});
