// Typed results for every connector call (DESIGN.md §5). Connectors never throw for a network's
// answer and never hand a provider's raw body upward: callers branch on `error.kind` only.

/** What the caller should do next, not what the network said. */
export type ConnectorErrorKind = 'auth_expired' | 'rate_limited' | 'rejected' | 'transient';

export type ConnectorError =
  /** The credentials no longer work: ask the user to reconnect; never retry. */
  | { kind: 'auth_expired'; reason: string }
  /** Retry after this many seconds, not before. */
  | { kind: 'rate_limited'; reason: string; retryAfterSeconds: number }
  /** Permanent: the network refused this content or request; `reason` is shown to the user. */
  | { kind: 'rejected'; reason: string; code?: string }
  /** Retry with backoff (timeouts, 5xx, resets). */
  | { kind: 'transient'; reason: string; code?: string };

export type Ok<T> = { ok: true; value: T };
export type Err = { ok: false; error: ConnectorError };
export type Result<T> = Ok<T> | Err;

/** Reasons are shown to users and stored: short, single-line, never a whole response body. */
export const MAX_REASON_LENGTH = 200;

export function shortReason(raw: unknown, fallback = 'no reason given'): string {
  const text = typeof raw === 'string' ? raw : '';
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine === '') return fallback;
  return oneLine.length > MAX_REASON_LENGTH ? `${oneLine.slice(0, MAX_REASON_LENGTH - 1)}…` : oneLine;
}

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });

export const authExpired = (reason: string): Err => ({
  ok: false,
  error: { kind: 'auth_expired', reason: shortReason(reason) },
});

export const rateLimited = (retryAfterSeconds: number, reason = 'rate limited'): Err => ({
  ok: false,
  error: {
    kind: 'rate_limited',
    reason: shortReason(reason),
    // Never 0 or negative: a caller retrying "now" in a loop would hammer the network.
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)),
  },
});

export const rejected = (reason: string, code?: string): Err => ({
  ok: false,
  error: code === undefined ? { kind: 'rejected', reason: shortReason(reason) } : { kind: 'rejected', reason: shortReason(reason), code },
});

export const transient = (reason: string, code?: string): Err => ({
  ok: false,
  error: code === undefined ? { kind: 'transient', reason: shortReason(reason) } : { kind: 'transient', reason: shortReason(reason), code },
});

/** Whether a retry may ever help; `auth_expired` and `rejected` never do. */
export const isRetryable = (error: ConnectorError): boolean =>
  error.kind === 'rate_limited' || error.kind === 'transient';
