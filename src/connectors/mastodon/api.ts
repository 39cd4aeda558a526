// Every call to the instance: the channel's safe fetch, the bearer token, and Mastodon's answers
// mapped to the four error kinds. Mastodon's error body is {"error": "...", "error_description"?}
// (entities/Error); its 429 carries X-RateLimit-Reset as an ISO 8601 moment, which
// http-errors.ts turns into seconds. Nothing else of an error body leaves this file.
import type { ConnectorContext } from '../sdk/context.ts';
import { errorFromHttpStatus } from '../sdk/http-errors.ts';
import type { Result } from '../sdk/result.ts';
import { authExpired, ok } from '../sdk/result.ts';
import type { MastodonConfig } from './config.ts';

export type Ctx = ConnectorContext<MastodonConfig>;

export type ApiCall = {
  method?: string;
  /** Path and query on the instance, e.g. /api/v1/statuses. */
  path: string;
  json?: unknown;
  /** A raw body (multipart) with its content type. */
  body?: { bytes: Uint8Array; contentType: string };
  headers?: Record<string, string>;
};

export type ApiAnswer = { status: number; body: unknown; headers: Headers };

/** The reason an error body gives (entities/Error), for the error kinds' messages. */
export function reasonOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { error, error_description: description } = body as { error?: unknown; error_description?: unknown };
  if (typeof error !== 'string') return undefined;
  return typeof description === 'string' && description !== '' ? `${error}: ${description}` : error;
}

export const instanceUrl = (ctx: Ctx, path: string): URL => new URL(path, ctx.config.instanceUrl);

export async function api(ctx: Ctx, call: ApiCall): Promise<Result<ApiAnswer>> {
  if (ctx.credentials.kind !== 'oauth2-pkce') return authExpired('this channel has no Mastodon access token');
  const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${ctx.credentials.accessToken}`, ...call.headers };
  let body: string | Uint8Array | undefined;
  if (call.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(call.json);
  } else if (call.body) {
    headers['content-type'] = call.body.contentType;
    body = call.body.bytes;
  }
  const answer = await ctx.fetch(instanceUrl(ctx, call.path), { method: call.method ?? 'GET', headers, ...(body === undefined ? {} : { body }) });
  if (!answer.ok) return answer;
  const { status, headers: responseHeaders } = answer.value;
  const parsed = answer.value.json();
  const error = errorFromHttpStatus(status, responseHeaders, reasonOf(parsed), ctx.now().getTime());
  if (error) return { ok: false, error };
  return ok({ status, body: parsed, headers: responseHeaders });
}
