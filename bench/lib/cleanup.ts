// Clean-ups still owed (throwaway databases, temporary directories). Each bench undoes its own
// in `finally`; this list lets run.ts do the same when Ctrl-C ends the run midway.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const pending = new Set<() => Promise<void> | void>();

/** Registers an undo step; call the returned function to run it now (at most once). */
export function owe(undo: () => Promise<void> | void): () => Promise<void> {
  pending.add(undo);
  return async () => {
    if (pending.delete(undo)) await undo();
  };
}

export async function payAll(): Promise<void> {
  const all = [...pending];
  pending.clear();
  await Promise.allSettled(all.map(async (u) => u()));
}

/** A fresh temporary directory, removed by the returned function or by payAll(). */
export function tempDir(prefix: string): { dir: string; remove(): Promise<void> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: owe(() => fs.rmSync(dir, { recursive: true, force: true })) };
}
