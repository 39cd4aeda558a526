// One Discord REST v10 call through the channel's safe fetch: bot-token auth, JSON or multipart
// body, the moderator's reason in X-Audit-Log-Reason, and the answer mapped by map-errors.ts.
import type { ConnectorContext } from '../sdk/context.ts';
import type { Result } from '../sdk/result.ts';
import { ok, rejected } from '../sdk/result.ts';
import type { DiscordConfig } from './config.ts';
import { discordError } from './map-errors.ts';

export type DiscordCall = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** After /api/v10, e.g. /channels/123/messages?limit=100. */
  path: string;
  json?: unknown;
  /** A ready multipart/form-data body (see multipart.ts). */
  form?: { bytes: Uint8Array; contentType: string };
  /** Shown in the guild's audit log; Discord takes 1-512 characters, URL-encoded. */
  auditReason?: string;
};

export type DiscordAnswer = { status: number; body: unknown };

const MAX_AUDIT_REASON = 512;

export async function discordRequest(ctx: ConnectorContext<DiscordConfig>, call: DiscordCall): Promise<Result<DiscordAnswer>> {
  if (ctx.credentials.kind !== 'bot-token') return rejected('this channel has no Discord bot token', 'bad_credentials');
  const headers: Record<string, string> = {
    accept: 'application/json',
    authorization: `Bot ${ctx.credentials.token}`,
    // Discord asks bots to identify themselves this way (reference: User Agent).
    'user-agent': 'DiscordBot (tandem, 0.1.0)',
  };
  let body: string | Uint8Array | undefined;
  if (call.form) {
    headers['content-type'] = call.form.contentType;
    body = call.form.bytes;
  } else if (call.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(call.json);
  }
  const reason = call.auditReason?.trim();
  if (reason) headers['x-audit-log-reason'] = encodeURIComponent([...reason].slice(0, MAX_AUDIT_REASON).join(''));
  const base = ctx.config.apiBaseUrl.replace(/\/+$/, '');
  const answer = await ctx.fetch(`${base}${call.path}`, { method: call.method ?? 'GET', headers, ...(body !== undefined ? { body } : {}) });
  if (!answer.ok) return answer;
  const { status, headers: responseHeaders } = answer.value;
  const parsed = status === 204 ? undefined : answer.value.json();
  const error = discordError(status, responseHeaders, parsed);
  if (error) return { ok: false, error };
  return ok({ status, body: parsed });
}
