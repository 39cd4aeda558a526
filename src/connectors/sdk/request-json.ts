// A JSON call through the channel's safe fetch, with the status mapped to a connector error.
// The network's error message is pulled out of the body by `reasonOf` (each network names it
// differently) and shortened; nothing else of an error body leaves the connector.
import type { ConnectorContext } from './context.ts';
import { errorFromHttpStatus } from './http-errors.ts';
import type { Result } from './result.ts';
import { ok } from './result.ts';

export type JsonCall = {
  method?: string;
  url: string | URL;
  headers?: Record<string, string>;
  /** Serialised as JSON when set. */
  json?: unknown;
  /** Picks the network's human-readable message out of an error body. */
  reasonOf?: (body: unknown) => unknown;
};

const defaultReasonOf = (body: unknown): unknown =>
  typeof body === 'object' && body !== null ? ((body as Record<string, unknown>).error ?? (body as Record<string, unknown>).message) : undefined;

export async function requestJson(ctx: ConnectorContext<unknown>, call: JsonCall): Promise<Result<{ status: number; body: unknown }>> {
  const headers: Record<string, string> = { accept: 'application/json', ...call.headers };
  if (call.json !== undefined) headers['content-type'] = 'application/json';
  const answer = await ctx.fetch(call.url, {
    method: call.method ?? 'GET',
    headers,
    ...(call.json !== undefined ? { body: JSON.stringify(call.json) } : {}),
  });
  if (!answer.ok) return answer;
  const { status, headers: responseHeaders } = answer.value;
  const body = answer.value.json();
  const reason = (call.reasonOf ?? defaultReasonOf)(body);
  const error = errorFromHttpStatus(status, responseHeaders, typeof reason === 'string' ? reason : undefined, ctx.now().getTime());
  if (error) return { ok: false, error };
  return ok({ status, body });
}
