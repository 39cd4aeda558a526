// One signature scheme for both directions: HMAC-SHA256 over `<timestamp>.<raw body>`, sent as
// `sha256=<hex>` with the Unix timestamp (seconds) in its own header. Signing the timestamp with
// the body makes a captured request useless after the tolerance window.
import { createHmac } from 'node:crypto';
import { sameSecret } from '../../connectors/sdk/auth/pkce.ts';

export const signatureHeader = 'x-tandem-signature';
export const timestampHeader = 'x-tandem-timestamp';
export const toleranceSeconds = 5 * 60;

export function sign(secret: string, timestamp: number | string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export type SignatureCheck = 'ok' | 'missing' | 'expired' | 'invalid';

export function checkSignature(input: { secret: string; timestamp: string | undefined; signature: string | undefined; body: string; now: Date }): SignatureCheck {
  const { timestamp, signature } = input;
  if (!timestamp || !signature) return 'missing';
  if (!/^\d{1,12}$/.test(timestamp)) return 'invalid';
  if (Math.abs(input.now.getTime() / 1000 - Number(timestamp)) > toleranceSeconds) return 'expired';
  return sameSecret(signature.trim().toLowerCase(), sign(input.secret, timestamp, input.body)) ? 'ok' : 'invalid';
}
