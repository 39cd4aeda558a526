// The encryption key comes from TANDEM_ENCRYPTION_KEY (earlier keys from
// TANDEM_ENCRYPTION_KEY_PREVIOUS while a rotation runs); without it, a key is created once in the
// data directory (mode 0600) so that a first run needs no setup, and `tandem keys rotate` keeps
// the key it replaces in encryption.key.previous until every secret is sealed with the new one.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Keyring } from './secrets.ts';

export type KeySource = { encryptionKey?: string | undefined; previousEncryptionKeys?: readonly string[]; dataDir: string };

export const keyFile = (dataDir: string) => path.join(dataDir, 'encryption.key');
export const previousKeyFile = (dataDir: string) => `${keyFile(dataDir)}.previous`;

const decode = (base64: string) => Buffer.from(base64.trim(), 'base64');
const readKeys = (file: string): Buffer[] =>
  fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map(decode) : [];

export function loadKeyring(source: KeySource): Keyring {
  if (source.encryptionKey) return { current: decode(source.encryptionKey), previous: (source.previousEncryptionKeys ?? []).map(decode) };
  const file = keyFile(source.dataDir);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(source.dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  }
  return { current: decode(fs.readFileSync(file, 'utf8')), previous: readKeys(previousKeyFile(source.dataDir)) };
}

// Write beside, then rename: a crash never leaves a half-written key file.
function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text, { mode: 0o600 });
  fs.renameSync(tmp, file);
}

/**
 * Starts (or resumes) a rotation of the generated key file: the current key moves to
 * encryption.key.previous, a new key takes its place. A rotation interrupted after this step
 * resumes with the same new key, so running `tandem keys rotate` again is safe.
 */
export function beginKeyFileRotation(dataDir: string): { resumed: boolean } {
  const file = keyFile(dataDir);
  const previousFile = previousKeyFile(dataDir);
  const current = fs.readFileSync(file, 'utf8').trim();
  const previous = readKeys(previousFile).map((k) => k.toString('base64'));
  // Resume only when the new key was written; a crash before that starts the step again.
  if (previous.length > 0 && !previous.includes(current)) return { resumed: true };
  writeAtomically(previousFile, [...new Set([...previous, current])].join('\n') + '\n');
  writeAtomically(file, randomBytes(32).toString('base64') + '\n');
  return { resumed: false };
}

/** Called once every secret is sealed with the new key: the old key is no longer needed. */
export function finishKeyFileRotation(dataDir: string): void {
  fs.rmSync(previousKeyFile(dataDir), { force: true });
}
