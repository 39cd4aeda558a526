// Maps an HTTP answer to a connector error kind, so every connector classifies statuses and
// rate-limit headers the same way. A connector passes the network's own short message (parsed
// from its error body) as `reason`; the raw body never leaves the connector.
import type { ConnectorError } from './result.ts';
import { shortReason } from './result.ts';

export type HeaderBag = Headers | Record<string, string | string[] | undefined>;

/** Used when a network says "429" but not for how long. */
export const DEFAULT_RETRY_AFTER_SECONDS = 60;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

// Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3).
function parseRetryAfter(value: string, nowMs: number): number | undefined {
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : (at - nowMs) / 1000;
}

// x-rate-limit-reset (X) and x-ratelimit-reset (Mastodon as ISO date, others as epoch seconds)
// give the moment the window resets; RateLimit-Reset (IETF draft) gives seconds from now.
function parseResetMoment(value: string, nowMs: number): number | undefined {
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    const n = Number(trimmed);
    // A small number is a delta (some APIs send seconds-until-reset under this name).
    return n > 1e9 ? n - nowMs / 1000 : n;
  }
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : (at - nowMs) / 1000;
}

/** Seconds until the network accepts requests again, from whichever header it sent. */
export function retryAfterFromHeaders(headers: HeaderBag, nowMs = Date.now()): number | undefined {
  const retryAfter = header(headers, 'retry-after');
  if (retryAfter !== undefined) {
    const s = parseRetryAfter(retryAfter, nowMs);
    if (s !== undefined) return Math.max(1, Math.ceil(s));
  }
  // Every reset header may carry either form (the Bluesky PDS sends epoch seconds under the IETF
  // name), so a value past 1e9 is read as a moment and a small one as a delta.
  for (const name of ['ratelimit-reset', 'x-rate-limit-reset', 'x-ratelimit-reset']) {
    const value = header(headers, name);
    if (value === undefined) continue;
    const s = parseResetMoment(value, nowMs);
    if (s !== undefined) return Math.max(1, Math.ceil(s));
  }
  return undefined;
}

/**
 * The error kind for a non-2xx answer, or undefined for a success (2xx/3xx is the caller's).
 * 401 is auth_expired; 403 is rejected (a permission or policy refusal, where reconnecting the
 * same account would not help); a 403 carrying rate-limit headers with zero remaining is
 * rate_limited, as some networks (GitHub-style APIs) answer that way.
 */
export function errorFromHttpStatus(
  status: number,
  headers: HeaderBag,
  reason?: string,
  nowMs = Date.now(),
): ConnectorError | undefined {
  if (status < 400) return undefined;
  const why = shortReason(reason, `HTTP ${status}`);
  if (status === 401) return { kind: 'auth_expired', reason: why };
  const remaining = header(headers, 'x-rate-limit-remaining') ?? header(headers, 'x-ratelimit-remaining') ?? header(headers, 'ratelimit-remaining');
  if (status === 429 || (status === 403 && remaining !== undefined && Number(remaining) === 0)) {
    const retryAfterSeconds = retryAfterFromHeaders(headers, nowMs) ?? DEFAULT_RETRY_AFTER_SECONDS;
    return { kind: 'rate_limited', reason: why, retryAfterSeconds };
  }
  // 408 (request timeout) and 5xx say nothing about the request itself: try again later.
  if (status === 408 || status >= 500) return { kind: 'transient', reason: why, code: `http_${status}` };
  return { kind: 'rejected', reason: why, code: `http_${status}` };
}
