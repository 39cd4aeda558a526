// Secrets at rest (channel credentials) are sealed with AES-256-GCM. The ciphertext names the
// key it was sealed with, so keys can be rotated: open with any known key, seal with the current.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export type Keyring = { current: Buffer; previous: Buffer[] };

const keyId = (key: Buffer): string => createHash('sha256').update(key).digest('hex').slice(0, 8);

export function seal(keyring: Keyring, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyring.current, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', keyId(keyring.current), iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
}

export function open(keyring: Keyring, sealed: string): string {
  const [version, id, iv, tag, body] = sealed.split(':');
  const key = [keyring.current, ...keyring.previous].find((k) => keyId(k) === id);
  if (version !== 'v1' || !key || !iv || !tag || body === undefined) throw new Error('Cannot open secret: unknown key or format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
}

/** The id of the key a sealed secret was sealed with; rotation re-seals those not under the current key. */
export const sealedKeyId = (sealed: string): string | undefined => sealed.split(':')[1];
export const currentKeyId = (keyring: Keyring): string => keyId(keyring.current);
