// XRPC errors to connector error kinds. XRPC error answers are JSON {error, message} with an HTTP
// status (https://atproto.com/specs/xrpc#error-responses); the PDS sends Retry-After (seconds)
// and RateLimit-Reset (epoch seconds, not the IETF draft's delta) on 429 RateLimitExceeded, which
// the SDK's retryAfterFromHeaders reads either way.
import { XRPCError } from '@atproto/api';
import { DEFAULT_RETRY_AFTER_SECONDS, retryAfterFromHeaders } from '../sdk/http-errors.ts';
import type { Err } from '../sdk/result.ts';
import { authExpired, rateLimited, rejected, shortReason, transient } from '../sdk/result.ts';
import { NetworkFailure } from './fetch-adapter.ts';

const AUTH_ERRORS = new Set(['AuthenticationRequired', 'ExpiredToken', 'InvalidToken', 'AuthMissing']);
// ResponseType.Unknown (1) and InvalidResponse (2): no usable answer from the server.
const NO_ANSWER = new Set([1, 2]);

function networkFailureIn(err: unknown): NetworkFailure | undefined {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof NetworkFailure) return e;
  }
  return undefined;
}

/** The connector error for anything a call to Bluesky threw; programming errors are rethrown. */
export function mapError(err: unknown, nowMs = Date.now()): Err {
  const failure = networkFailureIn(err);
  if (failure) return { ok: false, error: failure.failure };
  if (!(err instanceof XRPCError)) throw err;
  const reason = shortReason(err.message, err.error || `XRPC status ${err.status}`);
  if (err.status === 401 || AUTH_ERRORS.has(err.error)) return authExpired(reason);
  if (err.status === 429 || err.error === 'RateLimitExceeded') return rateLimited(retryAfterFromHeaders(err.headers ?? {}, nowMs) ?? DEFAULT_RETRY_AFTER_SECONDS, reason);
  if (err.status >= 500 || NO_ANSWER.has(err.status)) return transient(reason, err.error || `http_${err.status}`);
  return rejected(reason, err.error || `http_${err.status}`);
}
