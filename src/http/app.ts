// The HTTP application: middleware in the order every request meets it, then the routes.
import { OpenAPIHono } from '@hono/zod-openapi';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { Runtime } from '../runtime.ts';
import type { AppEnv } from './env.ts';
import { authenticate } from './middleware/authenticate.ts';
import { observe } from './middleware/observe.ts';
import { onError, onValidationError, problem } from './problem.ts';
import { auditRoutes } from './routes/audit.ts';
import { availabilityRoutes } from './routes/availability.ts';
import { authRoutes } from './routes/auth.ts';
import { campaignRoutes } from './routes/campaigns.ts';
import { channelRoutes } from './routes/channels.ts';
import { connectorRoutes } from './routes/connectors.ts';
import { mountDocs } from './routes/docs.ts';
import { hookRoutes } from './routes/hooks.ts';
import { inboxRuleRoutes } from './routes/inbox-rules.ts';
import { invitationRoutes } from './routes/invitations.ts';
import { memberRoutes } from './routes/members.ts';
import { mediaRoutes } from './routes/media.ts';
import { notificationRoutes } from './routes/notifications.ts';
import { oauthRoutes } from './routes/oauth.ts';
import { peopleMergeRoutes } from './routes/people-merges.ts';
import { peopleRoutes } from './routes/people.ts';
import { feedRuleRoutes } from './routes/feed-rules.ts';
import { postImportRoutes } from './routes/post-imports.ts';
import { postRoutes } from './routes/posts.ts';
import { postWorkflowRoutes } from './routes/post-workflow.ts';
import { postTargetRoutes } from './routes/post-targets.ts';
import { inboxReplyRoutes } from './routes/inbox-replies.ts';
import { inboxRoutes } from './routes/inbox.ts';
import { inboxSettingsRoutes } from './routes/inbox-settings.ts';
import { inboxRefreshRoutes } from './routes/inbox-refresh.ts';
import { presenceRoutes } from './routes/presence.ts';
import { savedReplyRoutes } from './routes/saved-replies.ts';
import { queueRoutes } from './routes/queues.ts';
import { setupRoutes } from './routes/setup.ts';
import { shortLinkRoutes } from './routes/short-links.ts';
import { slaPolicyRoutes } from './routes/sla-policies.ts';
import { systemRoutes } from './routes/system.ts';
import { tokenRoutes } from './routes/tokens.ts';
import { webhookRoutes } from './routes/webhooks.ts';
import { workloadRoutes } from './routes/workload.ts';
import { workspaceRoutes } from './routes/workspaces.ts';
import { serveWeb } from './web.ts';

export const apiRoutes = [setupRoutes, authRoutes, invitationRoutes, workspaceRoutes, memberRoutes, tokenRoutes, auditRoutes, channelRoutes, connectorRoutes, oauthRoutes, peopleMergeRoutes, peopleRoutes, webhookRoutes, hookRoutes, postRoutes, campaignRoutes, shortLinkRoutes, postImportRoutes, feedRuleRoutes, postWorkflowRoutes, postTargetRoutes, queueRoutes, mediaRoutes, notificationRoutes, inboxRuleRoutes, inboxRoutes, inboxSettingsRoutes, inboxReplyRoutes, savedReplyRoutes, presenceRoutes, availabilityRoutes, workloadRoutes, inboxRefreshRoutes, slaPolicyRoutes];

export function createApp(runtime: Runtime, opts: { webDir?: string } = {}) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError });
  app.use(requestId({ headerName: 'x-request-id' }));
  app.use(async (c, next) => {
    c.set('runtime', runtime);
    c.set('baseCtx', { db: runtime.database.db, clock: runtime.clock, actor: { type: 'system', id: null, label: 'anonymous' }, requestId: c.get('requestId') });
    await next();
  });
  app.use(observe);
  app.use(secureHeaders({ crossOriginEmbedderPolicy: false }));
  app.use('/api/v1/*', authenticate);
  app.route('/', systemRoutes);
  for (const routes of apiRoutes) app.route('/', routes);
  mountDocs(app);
  app.all('/api/*', (c) => problem(c, 404, 'not_found', `No API route ${c.req.method} ${c.req.path}`));
  if (opts.webDir) serveWeb(app, opts.webDir);
  app.notFound((c) => problem(c, 404, 'not_found', 'Not found'));
  app.onError(onError);
  return app;
}

export type App = ReturnType<typeof createApp>;
