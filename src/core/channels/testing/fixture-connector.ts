// Test connectors for the fixture network: "fixture" (bot token) and "fixture-oauth" (OAuth 2.0
// with PKCE and refresh), registered through the runtime in tests only.
import { z } from 'zod';
import { refreshAccessToken, type OAuthClient } from '../../../connectors/sdk/auth/oauth2.ts';
import type { ConnectorContext } from '../../../connectors/sdk/context.ts';
import type { AuthKind } from '../../../connectors/sdk/credentials.ts';
import type { Connector } from '../../../connectors/sdk/manifest.ts';
import { requestJson } from '../../../connectors/sdk/request-json.ts';
import { ok, rejected } from '../../../connectors/sdk/result.ts';
import { registryOf, type ConnectorRegistry } from '../connector-registry.ts';

const configSchema = z.object({ baseUrl: z.url(), allowHosts: z.array(z.string()).default([]) });
type Config = z.infer<typeof configSchema>;

const tokenOf = (ctx: ConnectorContext<Config>) =>
  ctx.credentials.kind === 'bot-token' ? ctx.credentials.token : ctx.credentials.kind === 'oauth2-pkce' ? ctx.credentials.accessToken : '';
const get = (ctx: ConnectorContext<Config>, path: string) => requestJson(ctx, { url: new URL(path, ctx.config.baseUrl), headers: { authorization: `Bearer ${tokenOf(ctx)}` } });
const oauthClient = (config: Config): OAuthClient => ({ authorizeUrl: `${config.baseUrl}/oauth/authorize`, tokenUrl: `${config.baseUrl}/oauth/token`, clientId: 'tandem-test', scopes: ['read', 'write'] });

function fixtureConnector(id: string, auth: AuthKind): Connector<Config, Record<string, never>> {
  const connector: Connector<Config, Record<string, never>> = {
    manifest: {
      id,
      displayName: `Fixture (${auth})`,
      capabilities: [],
      auth,
      configSchema,
      postSettingsSchema: z.object({}),
      defaultLimits: { text: { maxLength: 100, countingRule: 'graphemes' }, media: null, dailyPublishCap: null, rateLimits: [] },
    },
    async identify(ctx) {
      const answer = await get(ctx, '/api/me');
      if (!answer.ok) return answer;
      const me = answer.value.body as { id: string; handle: string; name: string };
      return ok({ accountId: me.id, handle: me.handle, displayName: me.name });
    },
    async readLimits(ctx) {
      const answer = await get(ctx, '/api/limits');
      if (!answer.ok) return answer;
      const { max_characters } = answer.value.body as { max_characters: number };
      return ok({ ...connector.manifest.defaultLimits, text: { maxLength: max_characters, countingRule: 'graphemes' } });
    },
  };
  if (auth === 'oauth2-pkce') {
    connector.oauthClient = async ({ config }) => ok(oauthClient(config));
    connector.refreshCredentials = async (ctx) => {
      if (ctx.credentials.kind !== 'oauth2-pkce') return rejected('not an OAuth channel');
      return refreshAccessToken(ctx.fetch, oauthClient(ctx.config), ctx.credentials, ctx.now());
    };
  }
  return connector;
}

export const fixtureBotConnector = fixtureConnector('fixture', 'bot-token');
export const fixtureOAuthConnector = fixtureConnector('fixture-oauth', 'oauth2-pkce');

export const fixtureRegistry = (): ConnectorRegistry =>
  registryOf({ fixture: fixtureBotConnector as Connector, 'fixture-oauth': fixtureOAuthConnector as Connector });
