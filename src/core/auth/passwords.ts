// Password hashing with argon2id at OWASP's recommended minimum (19 MiB, 2 passes).
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';

export const passwordSchema = z.string().min(10, 'at least 10 characters').max(200, 'at most 200 characters');

export const hashPassword = (password: string): Promise<string> =>
  hash(password, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });

export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> =>
  verify(passwordHash, password).catch(() => false);

// A hash to verify against when the e-mail is unknown, so timing does not reveal which e-mails exist.
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => (decoy ??= hashPassword('decoy-password-never-used'));
