// Connecting a channel through OAuth 2.0 + PKCE. The pending flow (verifier, state, who, where)
// is sealed into an HttpOnly cookie scoped to the callback path for ten minutes; the callback
// checks it, finishes the connect and sends the browser back to the channels page.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { finishOAuthConnect, OAUTH_PENDING_SECONDS, readPendingOAuth, startOAuthConnect } from '../../core/channels/oauth-connect.ts';
import { AppError } from '../../core/shared/errors.ts';
import type { AppEnv } from '../env.ts';
import { body, json, problems, userRoute, workspaceParams, inWorkspace } from '../openapi.ts';
import { onValidationError } from '../problem.ts';
import { channelsCtx } from './channels.ts';

const cookieName = 'tandem_oauth';
const callbackPath = '/api/v1/oauth/callback';

function origin(c: Context<AppEnv>): string {
  return c.get('runtime').config.publicUrl ?? new URL(c.req.url).origin;
}
const secure = (c: Context<AppEnv>) => origin(c).startsWith('https:');

export const oauthRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({
      ...inWorkspace('channels.manage'),
      method: 'post',
      path: '/api/v1/workspaces/{workspaceId}/channels/oauth/start',
      tags: ['Channels'],
      summary: "Start connecting through the network's consent page; open authorizeUrl in the browser",
      request: { params: workspaceParams, body: body(z.object({ network: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/), config: z.record(z.string(), z.unknown()).default({}) })) },
      responses: { 200: json(z.object({ authorizeUrl: z.url() })), 400: problems[400], 403: problems[403], 404: problems[404], 422: problems[422] },
    }),
    async (c) => {
      const { authorizeUrl, pending } = await startOAuthConnect(channelsCtx(c), { ...c.req.valid('json'), redirectUri: `${origin(c)}${callbackPath}` });
      setCookie(c, cookieName, pending, { httpOnly: true, sameSite: 'Lax', secure: secure(c), path: callbackPath, maxAge: OAUTH_PENDING_SECONDS });
      return c.json({ authorizeUrl }, 200);
    },
  )
  .openapi(
    userRoute({
      method: 'get',
      path: callbackPath,
      tags: ['Channels'],
      summary: 'Where the network sends the browser back; redirects to the channels page',
      request: { query: z.object({ code: z.string().optional(), state: z.string().optional(), error: z.string().optional() }) },
      responses: { 302: { description: 'To /w/{workspaceId}/channels?connected=<channelId> or ?error=<code>' }, 400: problems[400], 401: problems[401] },
    }),
    async (c) => {
      const runtime = c.get('runtime');
      const pending = readPendingOAuth(runtime, getCookie(c, cookieName), runtime.clock.now());
      deleteCookie(c, cookieName, { path: callbackPath, secure: secure(c) });
      if (!pending) throw new AppError('oauth_failed', 'No sign-in in progress in this browser, or it took longer than ten minutes; start again');
      const page = `/w/${pending.workspaceId}/channels`;
      const { code, state, error } = c.req.valid('query');
      const auth = c.get('auth');
      try {
        if (error || !code || !state) throw new AppError('oauth_failed', error ?? 'The network sent no code');
        const ctx = { ...c.get('baseCtx'), keyring: runtime.keyring, connectors: runtime.connectors };
        const { channel } = await finishOAuthConnect(ctx, { pending, userId: auth?.kind === 'session' ? auth.user.id : '', code, state });
        return c.redirect(`${page}?connected=${channel.id}`, 302);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        runtime.logger.info({ requestId: c.get('requestId'), code: err.code, detail: err.message }, 'oauth connect failed');
        return c.redirect(`${page}?error=${err.code}`, 302);
      }
    },
  );
