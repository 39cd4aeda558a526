// Child processes of a bench run. Every child is tracked so that run.ts can kill them all on
// the way out, whether the benches finished, crashed or were interrupted.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export { freePort } from '../../src/testing/free-port.ts';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// The Node 24 the project pins; the system node may be older and cannot run .ts files.
export const nodeBin = path.join(root, 'node_modules', '.bin', 'node');

const children = new Set<ChildProcess>();

export type Child = { proc: ChildProcess; pid: number; output(): string; stop(): Promise<void> };

export function startChild(args: string[], env: Record<string, string>): Child {
  // A minimal environment: nothing from the caller's shell (such as DATABASE_URL) leaks in.
  const proc = spawn(nodeBin, args, { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(proc);
  proc.once('exit', () => children.delete(proc));
  let out = '';
  const keep = (b: Buffer) => (out = (out + b.toString()).slice(-4000));
  proc.stdout!.on('data', keep);
  proc.stderr!.on('data', keep);
  return { proc, pid: proc.pid!, output: () => out, stop: () => stopChild(proc) };
}

export function stopChild(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    // SIGTERM lets the server close its database cleanly; SIGKILL if it does not within 5 s.
    const force = setTimeout(() => proc.kill('SIGKILL'), 5000);
    proc.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    proc.kill('SIGTERM');
  });
}

export const stopAllChildren = () => Promise.all([...children].map(stopChild));

/** Synchronous last resort for process 'exit' handlers. */
export function killAllChildrenNow(): void {
  for (const c of children) c.kill('SIGKILL');
}

/** Polls url until it answers 200; returns the milliseconds since `since`. */
export async function waitFor200(url: string, child: Child, since: number, timeoutMs = 60_000): Promise<number> {
  while (performance.now() - since < timeoutMs) {
    if (child.proc.exitCode !== null) throw new Error(`child exited (${child.proc.exitCode}) before ${url} was ready:\n${child.output()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - since;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms:\n${child.output()}`);
}

/** Resident memory of a process in MiB, from Linux's /proc. */
export async function rssMiB(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
  return kb / 1024;
}
