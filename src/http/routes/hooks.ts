// POST /hooks/{channelId}: the public endpoint other systems push events to (see
// src/connectors/webhook/README.md). No session: the HMAC signature is the authentication. The
// body is read raw, capped in size and verified before it is parsed.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { inboundEventSchema, maxInboundBodyBytes } from '../../connectors/webhook/event-schema.ts';
import { receiveInboundEvent, type InboundOutcome } from '../../core/webhooks/receive-inbound-event.ts';
import { isUuid } from '../../core/shared/ids.ts';
import { signatureHeader, timestampHeader } from '../../core/webhooks/signature.ts';
import { clientAddress } from '../client-address.ts';
import type { AppEnv } from '../env.ts';
import { createFailureThrottle } from '../failure-throttle.ts';
import { json, problems } from '../openapi.ts';
import { onValidationError, problem } from '../problem.ts';

/** The raw body, or null when it is larger than the cap (read no further than that). */
async function readCapped(req: Request, cap: number): Promise<string | null> {
  if (Number(req.headers.get('content-length') ?? 0) > cap) return null;
  if (!req.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of req.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > cap) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

// One answer for "no such channel", "not a webhook channel" and "disconnected": nothing tells
// an outsider which channel ids exist.
const failures: Record<Exclude<InboundOutcome, { ok: true }>['code'], { status: number; detail: string }> = {
  channel_not_found: { status: 404, detail: 'No webhook endpoint here' },
  signature_missing: { status: 401, detail: `Send the ${timestampHeader} and ${signatureHeader} headers` },
  signature_expired: { status: 401, detail: `${timestampHeader} is more than 5 minutes away from our clock` },
  signature_invalid: { status: 401, detail: 'The signature does not match this channel’s secret' },
  event_invalid: { status: 400, detail: 'The event does not have the documented shape' },
};

export const hookRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError });

/** 60 failed pushes a minute per address: generous for a misconfigured sender, slow for guessing. */
export const hookFailures = createFailureThrottle({ failures: 60, windowSeconds: 60 });

hookRoutes.post('/hooks/:channelId', async (c) => {
  const address = clientAddress(c);
  const wait = hookFailures.blockedFor(address);
  if (wait > 0) {
    c.header('retry-after', String(wait));
    return problem(c, 429, 'rate_limited', 'Too many failed pushes from this address; try again later');
  }
  const response = await receive(c);
  if (response.status === 401 || response.status === 404) hookFailures.recordFailure(address);
  return response;
});

async function receive(c: Context<AppEnv>) {
  const channelId = c.req.param('channelId')!;
  const rawBody = await readCapped(c.req.raw, maxInboundBodyBytes);
  if (rawBody === null) return problem(c, 413, 'payload_too_large', `The body is larger than ${maxInboundBodyBytes} bytes`);
  if (!isUuid(channelId)) return problem(c, 404, 'channel_not_found', failures.channel_not_found.detail);
  const runtime = c.get('runtime');
  const outcome = await receiveInboundEvent(
    { ...c.get('baseCtx'), keyring: runtime.keyring, jobs: runtime.jobs, logger: runtime.logger },
    { channelId, timestamp: c.req.header(timestampHeader), signature: c.req.header(signatureHeader), rawBody },
  );
  if (outcome.ok) return c.json({ id: outcome.id, duplicate: outcome.duplicate }, 202);
  const { status, detail } = failures[outcome.code];
  if (outcome.code === 'event_invalid') {
    return problem(c, status, outcome.code, `${detail}: ${outcome.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`, { errors: outcome.errors });
  }
  return problem(c, status, outcome.code, detail);
}

hookRoutes.openAPIRegistry.registerPath({
  method: 'post',
  path: '/hooks/{channelId}',
  tags: ['Webhooks'],
  summary: 'Push an event to a webhook channel (HMAC-signed; see the webhook connector README)',
  request: {
    params: z.object({ channelId: z.uuid().openapi({ param: { name: 'channelId', in: 'path' } }) }),
    headers: z.object({
      [timestampHeader]: z.string().openapi({ description: 'Unix time in seconds, within 5 minutes of ours' }),
      [signatureHeader]: z.string().openapi({ description: 'sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>" with the channel secret>' }),
    }),
    body: { required: true, content: { 'application/json': { schema: inboundEventSchema } } },
  },
  responses: {
    202: json(z.object({ id: z.uuid(), duplicate: z.boolean() }), 'Stored (or stored before: `duplicate`)'),
    400: problems[400],
    401: problems[401],
    404: problems[404],
    413: { description: 'Body larger than 256 KiB' },
    429: problems[429],
  },
});
