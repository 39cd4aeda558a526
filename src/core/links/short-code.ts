// Public codes of short links: 8 characters of base64url (48 random bits), too many to enumerate
// and cheap in a post's length.
import { randomBytes } from 'node:crypto';

export const newShortCode = (): string => randomBytes(6).toString('base64url');

/** The shape of a code; anything else is answered 404 without a database look-up. */
export const isShortCode = (s: string): boolean => /^[A-Za-z0-9_-]{8}$/.test(s);

export const shortLinkPath = (code: string): string => `/l/${code}`;
