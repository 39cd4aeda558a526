// @atproto/api speaks WHATWG fetch; Tandem's connectors speak `ctx.fetch` (safe fetch). This turns
// one into the other, so every request the library makes goes through the channel's safe fetch
// (address policy, allowlist, timeout, size cap). A safe-fetch failure is thrown as a
// NetworkFailure that map-errors.ts finds again under the XRPCError the library wraps it in.
import type { ConnectorContext } from '../sdk/context.ts';
import type { ConnectorError } from '../sdk/result.ts';

export class NetworkFailure extends Error {
  readonly failure: ConnectorError;
  constructor(failure: ConnectorError) {
    super(failure.reason);
    this.name = 'NetworkFailure';
    this.failure = failure;
  }
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export async function sendThroughSafeFetch(ctx: ConnectorContext<unknown>, request: Request): Promise<Response> {
  const method = request.method.toUpperCase();
  const body = method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(await request.arrayBuffer());
  const answer = await ctx.fetch(request.url, {
    method,
    headers: Object.fromEntries(request.headers),
    ...(body && body.length > 0 ? { body } : {}),
    signal: request.signal,
  });
  if (!answer.ok) throw new NetworkFailure(answer.error);
  const { status, headers } = answer.value;
  return new Response(NULL_BODY_STATUSES.has(status) ? null : new Uint8Array(answer.value.body), { status, headers });
}
