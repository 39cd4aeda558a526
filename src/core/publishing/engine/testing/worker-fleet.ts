// Starts publish-worker.ts processes and waits until each says it is ready; used by the crash
// test and the bench. Every process is killed on the way out, whatever happened.
import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const workerScript = fileURLToPath(new URL('./publish-worker.ts', import.meta.url));

export type Worker = { proc: ChildProcess; pid: number; exited: Promise<NodeJS.Signals | number | null>; output(): string };

export async function startWorker(env: Record<string, string>): Promise<Worker> {
  const proc = spawn(process.execPath, [workerScript], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stderr!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-4000)));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => proc.once('exit', (code, signal) => resolve(signal ?? code)));
  await new Promise<void>((resolve, reject) => {
    readline.createInterface({ input: proc.stdout! }).on('line', (line) => {
      if (line.includes('"ready"')) resolve();
    });
    void exited.then((how) => reject(new Error(`publish worker exited (${how}) before it was ready: ${out}`)));
    setTimeout(() => reject(new Error(`publish worker not ready after 60 s: ${out}`)), 60_000).unref();
  });
  return { proc, pid: proc.pid!, exited, output: () => out };
}

/** SIGTERM, then SIGKILL after 5 s. */
export async function stopWorker(w: Worker): Promise<void> {
  if (w.proc.exitCode !== null || w.proc.signalCode !== null) return;
  const force = setTimeout(() => w.proc.kill('SIGKILL'), 5_000);
  w.proc.kill('SIGTERM');
  await w.exited;
  clearTimeout(force);
}
