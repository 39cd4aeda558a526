// The encryption key comes from TANDEM_ENCRYPTION_KEY; without it, a key is created once in the
// data directory (mode 0600) so that a first run needs no setup.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Keyring } from './secrets.ts';

export function loadKeyring(opts: { encryptionKey?: string; dataDir: string }): Keyring {
  if (opts.encryptionKey) return { current: Buffer.from(opts.encryptionKey, 'base64'), previous: [] };
  const file = path.join(opts.dataDir, 'encryption.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(opts.dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  }
  return { current: Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64'), previous: [] };
}
