// Outbound webhooks of a workspace: Tandem's own events (every audited change, named after its
// audit action) POSTed to another system, signed, retried, with a delivery log.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { eventPatternSchema } from '../../core/webhooks/event-patterns.ts';
import { listDeliveries } from '../../core/webhooks/list-deliveries.ts';
import { createWebhook, deleteWebhook, getWebhook, listWebhooks, updateWebhook } from '../../core/webhooks/manage-webhooks.ts';
import { webhookFetch } from '../../core/webhooks/deliver-due-webhooks.ts';
import { testWebhook } from '../../core/webhooks/test-webhook.ts';
import type { Delivery } from '../../db/queries/webhooks.ts';
import type { AppEnv } from '../env.ts';
import { body, inWorkspace, json, page, pageQuery, problems, timestamp, uuid, withId, workspaceParams } from '../openapi.ts';
import { onValidationError } from '../problem.ts';

const webhook = z.object({ id: uuid, name: z.string(), url: z.string(), events: z.array(z.string()), active: z.boolean(), createdAt: timestamp }).openapi('Webhook');
const delivery = z
  .object({
    id: uuid,
    webhookId: uuid,
    event: z.string(),
    payload: z.record(z.string(), z.unknown()),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    nextAttemptAt: timestamp.nullable(),
    deliveredAt: timestamp.nullable(),
    createdAt: timestamp,
  })
  .openapi('WebhookDelivery');

const fields = {
  name: z.string().trim().min(1).max(120),
  url: z.url({ protocol: /^https?$/ }).max(2_000),
  events: z.array(eventPatternSchema).min(1).max(100),
};
const tags = ['Webhooks'];
const webhookParams = withId('webhookId');
const iso = (d: Date | null) => d?.toISOString() ?? null;
const toJson = <W extends { createdAt: Date }>(w: W) => ({ ...w, createdAt: w.createdAt.toISOString() });
const deliveryJson = (d: Delivery) => ({
  id: d.id,
  webhookId: d.webhookId,
  event: d.event,
  payload: d.payload,
  status: d.status,
  attempts: d.attempts,
  lastStatusCode: d.lastStatusCode,
  lastError: d.lastError,
  nextAttemptAt: d.status === 'pending' ? iso(d.nextAttemptAt) : null,
  deliveredAt: iso(d.deliveredAt),
  createdAt: d.createdAt.toISOString(),
});

export const webhookRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ ...inWorkspace('webhooks.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}/webhooks', tags, summary: 'Outbound webhooks (never their secrets)', request: { params: workspaceParams }, responses: { 200: json(z.array(webhook)), 403: problems[403], 404: problems[404] } }),
    async (c) => c.json((await listWebhooks(c.get('ctx'))).map(toJson), 200),
  )
  .openapi(
    createRoute({
      ...inWorkspace('webhooks.manage'),
      method: 'post',
      path: '/api/v1/workspaces/{workspaceId}/webhooks',
      tags,
      summary: 'Add an outbound webhook; its signing secret is shown once',
      request: { params: workspaceParams, body: body(z.object(fields)) },
      responses: { 201: json(webhook.extend({ secret: z.string() }), 'Created'), 400: problems[400], 403: problems[403], 404: problems[404] },
    }),
    async (c) => c.json(toJson(await createWebhook({ ...c.get('ctx'), keyring: c.get('runtime').keyring }, c.req.valid('json'))), 201),
  )
  .openapi(
    createRoute({ ...inWorkspace('webhooks.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}/webhooks/{webhookId}', tags, summary: 'Read an outbound webhook', request: { params: webhookParams }, responses: { 200: json(webhook), 403: problems[403], 404: problems[404] } }),
    async (c) => c.json(toJson(await getWebhook(c.get('ctx'), c.req.valid('param').webhookId)), 200),
  )
  .openapi(
    createRoute({
      ...inWorkspace('webhooks.manage'),
      method: 'patch',
      path: '/api/v1/workspaces/{workspaceId}/webhooks/{webhookId}',
      tags,
      summary: 'Rename, retarget, resubscribe, pause or resume a webhook',
      request: { params: webhookParams, body: body(z.object({ name: fields.name.optional(), url: fields.url.optional(), events: fields.events.optional(), active: z.boolean().optional() })) },
      responses: { 200: json(webhook), 400: problems[400], 403: problems[403], 404: problems[404] },
    }),
    async (c) => c.json(toJson(await updateWebhook(c.get('ctx'), c.req.valid('param').webhookId, c.req.valid('json'))), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('webhooks.manage'), method: 'delete', path: '/api/v1/workspaces/{workspaceId}/webhooks/{webhookId}', tags, summary: 'Delete a webhook and its delivery log', request: { params: webhookParams }, responses: { 204: { description: 'Deleted' }, 403: problems[403], 404: problems[404] } }),
    async (c) => {
      await deleteWebhook(c.get('ctx'), c.req.valid('param').webhookId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      ...inWorkspace('webhooks.manage'),
      method: 'post',
      path: '/api/v1/workspaces/{workspaceId}/webhooks/{webhookId}/test',
      tags,
      summary: 'Send a webhook.test event now and return its delivery',
      request: { params: webhookParams },
      responses: { 200: json(delivery), 403: problems[403], 404: problems[404] },
    }),
    async (c) => c.json(deliveryJson(await testWebhook({ ...c.get('ctx'), keyring: c.get('runtime').keyring, fetch: webhookFetch(c.get('runtime').config.webhookAllowHosts) }, c.req.valid('param').webhookId)), 200),
  )
  .openapi(
    createRoute({
      ...inWorkspace('webhooks.read'),
      method: 'get',
      path: '/api/v1/workspaces/{workspaceId}/webhooks/{webhookId}/deliveries',
      tags,
      summary: 'The delivery log, newest first',
      request: { params: webhookParams, query: pageQuery },
      responses: { 200: json(page(delivery)), 400: problems[400], 403: problems[403], 404: problems[404] },
    }),
    async (c) => {
      const result = await listDeliveries(c.get('ctx'), c.req.valid('param').webhookId, c.req.valid('query'));
      return c.json({ items: result.items.map(deliveryJson), nextCursor: result.nextCursor }, 200);
    },
  );
