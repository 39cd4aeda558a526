// PKCE (RFC 7636) with the S256 method only: the verifier stays with Tandem, the authorization
// server sees its SHA-256, and only the holder of the verifier can redeem the code.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export type PkcePair = { verifier: string; challenge: string; method: 'S256' };

/** 32 random bytes as base64url: 43 characters, inside the RFC's 43–128. */
export const newVerifier = (): string => randomBytes(32).toString('base64url');

export const challengeOf = (verifier: string): string => createHash('sha256').update(verifier, 'ascii').digest('base64url');

export function createPkcePair(): PkcePair {
  const verifier = newVerifier();
  return { verifier, challenge: challengeOf(verifier), method: 'S256' };
}

/** The `state` that ties a callback to the browser that started the flow. */
export const newState = (): string => randomBytes(24).toString('base64url');

/** Compares secrets without leaking where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
