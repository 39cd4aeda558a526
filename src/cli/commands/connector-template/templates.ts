// The files `tandem connector new <id>` writes: a small working connector (identify + inbox)
// against a loopback fixture, so the contract suite passes from the first minute and the author
// replaces each piece with the network's real API. __ID__, __NAME__ and __VAR__ are filled in.
export const templates: Record<string, string> = {
  'index.ts': `// __NAME__: replace the made-up fixture API below with the network's real one (its API
// reference), one file per operation as it grows (publish.ts, inbox.ts, map-errors.ts ...).
import { z } from 'zod';
import type { ConnectorContext } from '../sdk/context.ts';
import type { Connector } from '../sdk/manifest.ts';
import type { InboxItem } from '../sdk/operations.ts';
import { requestJson } from '../sdk/request-json.ts';
import { ok, rejected } from '../sdk/result.ts';

const configSchema = z.object({
  baseUrl: z.url(),
  /** host or host:port allowed to be private or loopback (a self-hosted server, a test fixture). */
  allowHosts: z.array(z.string()).default([]),
});
const postSettingsSchema = z.object({});
type Config = z.infer<typeof configSchema>;
type Settings = z.infer<typeof postSettingsSchema>;

function call(ctx: ConnectorContext<Config>, path: string) {
  if (ctx.credentials.kind !== 'bot-token') return Promise.resolve(rejected('this channel has no token', 'bad_credentials'));
  return requestJson(ctx, { url: new URL(path, ctx.config.baseUrl), headers: { authorization: \`Bearer \${ctx.credentials.token}\` } });
}

type WireItem = { seq: number; id: string; author: string; text: string; at: string };
const toInboxItem = (i: WireItem): InboxItem => ({ externalId: i.id, kind: 'mention', author: { externalId: i.author, handle: i.author }, text: i.text, createdAt: i.at });

export const __VAR__: Connector<Config, Settings> = {
  manifest: {
    id: '__ID__',
    displayName: '__NAME__',
    capabilities: ['inbox'],
    auth: 'bot-token',
    configSchema,
    postSettingsSchema,
    // From the network's current documentation; readLimits() reads them per account where it can.
    defaultLimits: { text: { maxLength: 500, countingRule: 'graphemes' }, media: null, dailyPublishCap: null, rateLimits: [] },
  },

  async identify(ctx) {
    const answer = await call(ctx, '/api/me');
    if (!answer.ok) return answer;
    const me = answer.value.body as { id: string; handle: string };
    return ok({ accountId: me.id, handle: me.handle });
  },

  async fetchInbox(ctx, input) {
    const answer = await call(ctx, \`/api/inbox?after=\${encodeURIComponent(input.cursor ?? '0')}&limit=\${input.limit}\`);
    if (!answer.ok) return answer;
    const page = answer.value.body as { items: WireItem[]; last: number; more: boolean };
    return ok({ items: page.items.map(toInboxItem), nextCursor: String(page.last), hasMore: page.more });
  },
};
`,
  'README.md': `# __NAME__

**Status: scaffold.** Replace this README as the connector grows.

## What it can do

- Reads mentions into the inbox.

## How to connect

Which credentials a user needs, where on the network they get them, and what goes in the
channel's configuration.

## Limits

Which limits apply (text length and counting rule, media, daily caps, rate limits), where they
come from (link the network's documentation), and whether \`readLimits\` reads them per account.

## Not supported, and why
`,
  '__ID__.contract.test.ts': `// The shared contract suite against the loopback fixture in fixture/.
import { createConnectorContext } from '../sdk/context.ts';
import { runContractSuite } from '../sdk/contract/run-contract-suite.ts';
import { startFake__PASCAL__ } from './fixture/fake-__ID__.ts';
import { __VAR__ } from './index.ts';

runContractSuite('__ID__', async () => {
  const network = await startFake__PASCAL__('test-token');
  return {
    connector: __VAR__,
    ctx: createConnectorContext({
      channelId: 'channel-1',
      config: { baseUrl: network.baseUrl, allowHosts: [network.host] },
      credentials: { kind: 'bot-token', token: 'test-token' },
      allowHosts: [network.host],
      fetchPolicy: { timeoutMs: 300 },
    }),
    network,
    settings: {},
    close: () => network.close(),
  };
});
`,
  'fixture/fake-__ID__.ts': `// A loopback stand-in for __NAME__. Rebuild it from the network's published API reference
// (real paths, JSON shapes, status codes, rate-limit headers) and cite the reference page here.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Failure, NetworkView } from '../../sdk/contract/harness.ts';

type Inbound = { seq: number; id: string; author: string; text: string; at: string };
export type Fake__PASCAL__ = NetworkView & { baseUrl: string; host: string; close(): Promise<void> };

export async function startFake__PASCAL__(token: string): Promise<Fake__PASCAL__> {
  const inbox: Inbound[] = [];
  let nextFailure: Failure | undefined;
  let seq = 0;
  const send = (res: http.ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) =>
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body === undefined ? undefined : JSON.stringify(body));

  const server = http.createServer((req, res) => {
    req.resume().on('end', () => {
      const failure = nextFailure;
      nextFailure = undefined;
      if (failure?.kind === 'auth_expired') return send(res, 401, { error: 'invalid token' });
      if (failure?.kind === 'rate_limited') return send(res, 429, { error: 'slow down' }, { 'retry-after': String(failure.retryAfterSeconds) });
      if (failure?.kind === 'rejected') return send(res, 400, { error: failure.reason });
      if (failure?.kind === 'transient') return send(res, 503, { error: 'unavailable' });
      if (failure?.kind === 'timeout') return;
      if (req.headers.authorization !== \`Bearer \${token}\`) return send(res, 401, { error: 'unknown token' });
      const url = new URL(req.url ?? '/', 'http://fake');
      if (url.pathname === '/api/me') return send(res, 200, { id: 'account-1', handle: '@account' });
      if (url.pathname === '/api/inbox') {
        const after = Number(url.searchParams.get('after') ?? 0);
        const limit = Number(url.searchParams.get('limit') ?? 20);
        const newer = inbox.filter((i) => i.seq > after);
        const page = newer.slice(0, limit);
        return send(res, 200, { items: page, last: page.at(-1)?.seq ?? after, more: newer.length > limit });
      }
      send(res, 404, { error: 'no such route' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: \`http://127.0.0.1:\${port}\`,
    host: \`127.0.0.1:\${port}\`,
    findPost: async () => undefined,
    countPosts: async () => 0,
    receive: async (text) => {
      const item = { seq: ++seq, id: \`m\${seq}\`, author: \`u\${seq}\`, text, at: new Date().toISOString() };
      inbox.push(item);
      return { externalId: item.id, authorExternalId: item.author };
    },
    moderationLog: async () => [],
    setMetrics: async () => {},
    failNext: (failure) => void (nextFailure = failure),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
`,
  'fixtures/README.md': `Recorded or hand-written payloads of __NAME__'s API (from its reference), used by the fixture server and focused tests.
`,
};
