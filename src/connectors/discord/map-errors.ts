// Discord's error answers as connector errors. Discord puts its reason in a JSON body
// {code, message, errors?} (https://discord.com/developers/docs/topics/opcodes-and-status-codes#json)
// and its rate-limit verdict in a 429 body {message, retry_after (float seconds), global} plus
// X-RateLimit-* headers (https://discord.com/developers/docs/topics/rate-limits).
import { DEFAULT_RETRY_AFTER_SECONDS } from '../sdk/http-errors.ts';
import type { ConnectorError } from '../sdk/result.ts';
import { shortReason } from '../sdk/result.ts';

type ErrorBody = { code?: unknown; message?: unknown; errors?: unknown; retry_after?: unknown; global?: unknown };

// 50035 "Invalid Form Body" hides the useful part in nested `errors`, e.g.
// {"content": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 2000 or fewer in length."}]}}.
function firstFieldError(errors: unknown, path: string[] = []): string | undefined {
  if (typeof errors !== 'object' || errors === null) return undefined;
  for (const [key, value] of Object.entries(errors)) {
    if (key === '_errors' && Array.isArray(value)) {
      const message = (value[0] as { message?: unknown } | undefined)?.message;
      if (typeof message === 'string') return path.length > 0 ? `${path.join('.')}: ${message}` : message;
    }
    const nested = firstFieldError(value, key === '_errors' ? path : [...path, key]);
    if (nested) return nested;
  }
  return undefined;
}

function reasonOf(body: ErrorBody | undefined, status: number): string {
  const message = typeof body?.message === 'string' ? body.message : `HTTP ${status}`;
  const detail = firstFieldError(body?.errors);
  return shortReason(detail ? `${message}: ${detail}` : message);
}

function retryAfterSeconds(body: ErrorBody | undefined, headers: Headers): number {
  // The body's float is the precise one; the headers are fallbacks for a body-less 429 (Cloudflare).
  const candidates = [body?.retry_after, headers.get('x-ratelimit-reset-after'), headers.get('retry-after')];
  for (const candidate of candidates) {
    if (candidate === null || candidate === undefined || candidate === '') continue;
    const seconds = Number(candidate);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.max(1, Math.ceil(seconds));
  }
  return DEFAULT_RETRY_AFTER_SECONDS;
}

/** The connector error for a Discord answer, or undefined when it succeeded. */
export function discordError(status: number, headers: Headers, rawBody: unknown): ConnectorError | undefined {
  if (status < 400) return undefined;
  const body = typeof rawBody === 'object' && rawBody !== null ? (rawBody as ErrorBody) : undefined;
  const code = typeof body?.code === 'number' && body.code !== 0 ? `discord_${body.code}` : `http_${status}`;
  if (status === 401) return { kind: 'auth_expired', reason: reasonOf(body, status) };
  if (status === 429) {
    const global = body?.global === true || headers.get('x-ratelimit-global') === 'true';
    const scope = headers.get('x-ratelimit-scope');
    const reason = global ? 'Discord global rate limit (50 requests/s per bot)' : `Discord rate limit${scope ? ` (${scope})` : ''}`;
    return { kind: 'rate_limited', reason, retryAfterSeconds: retryAfterSeconds(body, headers) };
  }
  if (status >= 500 || status === 408) return { kind: 'transient', reason: reasonOf(body, status), code };
  // 400 (invalid body), 403 (50013 Missing Permissions, 50001 Missing Access), 404 (10003 Unknown
  // Channel, 10008 Unknown Message, 10007 Unknown Member), 413 (40005 too large): a retry of the
  // same request cannot succeed.
  return { kind: 'rejected', reason: reasonOf(body, status), code };
}
