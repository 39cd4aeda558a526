// PGlite is a single-process database: two processes on one data directory would corrupt it.
// A lock file with the owner's pid stops the second one with a clear message; a lock left by a
// process that no longer runs is taken over.
import fs from 'node:fs';
import path from 'node:path';

export class DataDirInUseError extends Error {
  readonly code = 'data_dir_in_use';
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export function lockDataDir(dir: string): () => void {
  const file = path.join(dir, 'tandem.lock');
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(fs.readFileSync(file, 'utf8'));
      if (owner && isAlive(owner)) {
        throw new DataDirInUseError(`The embedded database in ${dir} is in use by process ${owner}; stop it first, or use DATABASE_URL to share PostgreSQL between processes`);
      }
      fs.rmSync(file, { force: true });
    }
  }
}
