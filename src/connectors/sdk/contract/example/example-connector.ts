// THE SDK'S OWN EXAMPLE, NOT A REAL NETWORK: a connector for the loopback fake in
// fake-network.ts, showing the shape every connector follows: a manifest, operations only for
// declared capabilities, all calls through ctx.fetch (via requestJson), errors as typed results.
import { z } from 'zod';
import type { ConnectorContext } from '../../context.ts';
import type { Connector } from '../../manifest.ts';
import type { InboxItem } from '../../operations.ts';
import { requestJson } from '../../request-json.ts';
import type { JsonCall } from '../../request-json.ts';
import { ok, rejected } from '../../result.ts';

const configSchema = z.object({ baseUrl: z.url() });
const postSettingsSchema = z.object({ visibility: z.enum(['public', 'followers']).default('public') });
type Config = z.infer<typeof configSchema>;
type Settings = z.infer<typeof postSettingsSchema>;

function call(ctx: ConnectorContext<Config>, path: string, options: Omit<JsonCall, 'url'> = {}) {
  if (ctx.credentials.kind !== 'bot-token') return Promise.resolve(rejected('this channel has no bot token', 'bad_credentials'));
  return requestJson(ctx, { ...options, url: new URL(path, ctx.config.baseUrl), headers: { ...options.headers, authorization: `Bearer ${ctx.credentials.token}` } });
}

const idOf = (body: unknown) => String((body as { id: unknown }).id);
const published = (ctx: ConnectorContext<Config>, id: string) => ({ externalId: id, url: new URL(`/posts/${id}`, ctx.config.baseUrl).href });

function createPost(ctx: ConnectorContext<Config>, input: { idempotencyKey: string; text: string; replyTo?: string; media?: readonly { mimeType: string; bytes: Uint8Array; altText?: string }[] }) {
  const media = (input.media ?? []).map((m) => ({ mimeType: m.mimeType, alt: m.altText ?? '', data: Buffer.from(m.bytes).toString('base64') }));
  return call(ctx, '/api/posts', {
    method: 'POST',
    headers: { 'idempotency-key': input.idempotencyKey },
    json: { text: input.text, media, ...(input.replyTo ? { replyTo: input.replyTo } : {}) },
  });
}

type WireItem = { seq: number; id: string; author: string; text: string; at: string };
const toInboxItem = (i: WireItem): InboxItem => ({ externalId: i.id, kind: 'mention', author: { externalId: i.author, handle: i.author }, text: i.text, createdAt: i.at });

export const exampleConnector: Connector<Config, Settings> = {
  manifest: {
    id: 'sdk-example',
    displayName: 'SDK example (loopback fake, not a network)',
    capabilities: ['publish', 'thread', 'media', 'inbox', 'reply', 'moderate', 'metrics'],
    auth: 'bot-token',
    configSchema,
    postSettingsSchema,
    defaultLimits: {
      text: { maxLength: 500, countingRule: 'graphemes' },
      media: { maxItems: 4, mimeTypes: ['image/png', 'image/jpeg'], maxBytesPerItem: 1_000_000 },
      dailyPublishCap: null,
      rateLimits: [{ requests: 300, windowSeconds: 300, scope: 'all' }],
    },
    publishIdempotency: 'native',
    moderationActions: ['delete', 'hide', 'ban'],
  },

  async publish(ctx, input) {
    const answer = await createPost(ctx, input);
    return answer.ok ? ok(published(ctx, idOf(answer.value.body))) : answer;
  },

  async lookupPublished(ctx, input) {
    const answer = await call(ctx, `/api/posts?idempotency_key=${encodeURIComponent(input.idempotencyKey)}`);
    if (!answer.ok) return answer;
    const [found] = (answer.value.body as { posts: Array<{ id: string }> }).posts;
    return ok(found ? published(ctx, found.id) : null);
  },

  async fetchInbox(ctx, input) {
    const answer = await call(ctx, `/api/inbox?after=${encodeURIComponent(input.cursor ?? '0')}&limit=${input.limit}`);
    if (!answer.ok) return answer;
    const page = answer.value.body as { items: WireItem[]; last: number; more: boolean };
    return ok({ items: page.items.map(toInboxItem), nextCursor: String(page.last), hasMore: page.more });
  },

  async reply(ctx, input) {
    const answer = await createPost(ctx, { idempotencyKey: input.idempotencyKey, text: input.text, replyTo: input.to, ...(input.media ? { media: input.media } : {}) });
    return answer.ok ? ok(published(ctx, idOf(answer.value.body))) : answer;
  },

  async moderate(ctx, input) {
    const answer = await call(ctx, '/api/moderation', { method: 'POST', json: { action: input.action, target: input.targetExternalId, reason: input.reason } });
    return answer.ok ? ok(undefined) : answer;
  },

  async fetchMetrics(ctx, input) {
    const answer = await call(ctx, `/api/stats?ids=${input.externalIds.map(encodeURIComponent).join(',')}`);
    if (!answer.ok) return answer;
    const rows = answer.value.body as Array<{ id: string; like_count: number; boost_count: number; reply_count: number }>;
    // The network's own names map to the standard ones here, and only here.
    return ok(rows.map((r) => ({ externalId: r.id, counts: { likes: r.like_count, reposts: r.boost_count, replies: r.reply_count } })));
  },
};
