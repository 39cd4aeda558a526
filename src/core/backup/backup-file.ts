// Backup files on disk: gzipped JSON lines, written to a private (0600) temporary file and
// renamed into place when complete, so a failed backup never leaves a file that looks whole.
import fs from 'node:fs';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, createGzip } from 'node:zlib';

export async function writeBackupFile<T>(file: string, produce: (write: (line: string) => Promise<void>) => Promise<T>): Promise<T> {
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const out = fs.createWriteStream(partial, { mode: 0o600 });
  const done = pipeline(gzip, out);
  // Keep a failure of the pipe from surfacing as an unhandled rejection before we await it.
  done.catch(() => {});
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await Promise.race([once(gzip, 'drain'), done]);
  };
  try {
    const result = await produce(write);
    gzip.end();
    await done;
    fs.renameSync(partial, file);
    return result;
  } catch (err) {
    gzip.destroy();
    await done.catch(() => {});
    fs.rmSync(partial, { force: true });
    throw err;
  }
}

/** The file's lines, decompressed as they are read. Read or gzip errors are thrown as they happen. */
export async function* readBackupLines(file: string, maxLineBytes = 256 * 1024 * 1024): AsyncGenerator<string> {
  const input = fs.createReadStream(file);
  const gunzip = createGunzip();
  input.on('error', (err) => gunzip.destroy(err));
  input.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of gunzip) {
    pending += decoder.write(chunk as Buffer);
    let start = 0;
    let newline: number;
    while ((newline = pending.indexOf('\n', start)) >= 0) {
      yield pending.slice(start, newline);
      start = newline + 1;
    }
    pending = pending.slice(start);
    if (pending.length > maxLineBytes) throw new Error('a line is longer than any row could be');
  }
  pending += decoder.end();
  if (pending) yield pending;
}
