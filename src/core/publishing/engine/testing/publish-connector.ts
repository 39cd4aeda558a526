// Test connectors for the publish network, one per idempotency mode, so that the engine's tests
// exercise each branch through a real connector and a real socket.
import { z } from 'zod';
import type { ConnectorContext } from '../../../../connectors/sdk/context.ts';
import type { Connector, ConnectorManifest } from '../../../../connectors/sdk/manifest.ts';
import { requestJson } from '../../../../connectors/sdk/request-json.ts';
import { ok } from '../../../../connectors/sdk/result.ts';
import { registryOf, type ConnectorRegistry } from '../../../channels/connector-registry.ts';

const configSchema = z.object({ baseUrl: z.url(), allowHosts: z.array(z.string()).default([]) });
type Config = z.infer<typeof configSchema>;
type Mode = NonNullable<ConnectorManifest['publishIdempotency']>;

// The sender's pid lets a crash test tell which worker process has a post in flight.
const post = (ctx: ConnectorContext<Config>, key: string, json: unknown) =>
  requestJson(ctx, { method: 'POST', url: new URL('/api/posts', ctx.config.baseUrl), headers: { 'idempotency-key': key, 'x-sender-pid': String(process.pid) }, json });
const publishedOf = (body: unknown) => {
  const { id, url } = body as { id: string; url: string };
  return { externalId: id, url };
};

export function publishFixtureConnector(mode: Mode): Connector<Config, Record<string, never>> {
  return {
    manifest: {
      id: `publish-${mode}`,
      displayName: `Publish fixture (${mode})`,
      capabilities: ['publish', 'thread', 'reply'],
      auth: 'none',
      configSchema,
      postSettingsSchema: z.object({}),
      defaultLimits: { text: { maxLength: 500, countingRule: 'graphemes' }, media: null, dailyPublishCap: null, rateLimits: [] },
      publishIdempotency: mode,
    },
    async publish(ctx, input) {
      const answer = await post(ctx, input.idempotencyKey, { text: input.text, replyTo: input.replyTo });
      return answer.ok ? ok(publishedOf(answer.value.body)) : answer;
    },
    async reply(ctx, input) {
      const answer = await post(ctx, input.idempotencyKey, { text: input.text, replyTo: input.to });
      return answer.ok ? ok(publishedOf(answer.value.body)) : answer;
    },
    ...(mode === 'unverifiable'
      ? {}
      : {
          async lookupPublished(ctx: ConnectorContext<Config>, input: { idempotencyKey: string }) {
            const answer = await requestJson(ctx, { url: new URL(`/api/posts?key=${encodeURIComponent(input.idempotencyKey)}`, ctx.config.baseUrl) });
            if (!answer.ok) return answer;
            const [found] = (answer.value.body as { posts: unknown[] }).posts;
            return ok(found ? publishedOf(found) : null);
          },
        }),
  };
}

export const publishFixtureConnectors: Record<string, Connector> = Object.fromEntries(
  (['native', 'read-back', 'unverifiable'] as const).map((mode) => [`publish-${mode}`, publishFixtureConnector(mode) as Connector]),
);

export const publishFixtureRegistry = (): ConnectorRegistry => registryOf(publishFixtureConnectors);
