// Time-ordered UUIDs (v7) keep inserts at the right edge of every primary-key index.
import { createHash, randomBytes } from 'node:crypto';
import { v7 } from 'uuid';

export const newId = (): string => v7();

/** A random secret shown once, of the form `<prefix>_<base64url>`. */
export const newSecret = (prefix: string, bytes = 32): string => `${prefix}_${randomBytes(bytes).toString('base64url')}`;

/** Secrets are stored as their SHA-256, so the database alone never reveals one. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export const isUuid = (s: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
