// SLA policies and the SLA report (docs/inbox.md, "SLA"): targets in business minutes, business
// hours and holidays, and what the stored events sum to over a period.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { createPolicy, deletePolicy, getPolicy, listPolicies, updatePolicy } from '../../core/inbox/sla/sla-policies.ts';
import { businessHoursSchema, slaPolicyFieldsSchema } from '../../core/inbox/sla/sla-policy-schema.ts';
import { slaReport } from '../../core/inbox/sla/sla-report.ts';
import type { AppEnv } from '../env.ts';
import { body, inWorkspace, json, problems, timestamp, uuid, withId, workspaceParams } from '../openapi.ts';
import { onValidationError } from '../problem.ts';

const hours = businessHoursSchema.openapi('BusinessHours', { description: 'Wall-clock ranges per weekday in the zone, e.g. {"timeZone":"Europe/Paris","week":{"mon":[["09:00","17:00"]]}}; null: around the clock', example: { timeZone: 'Europe/Paris', week: { mon: [['09:00', '12:30'], ['13:30', '17:00']] } } });
const fields = slaPolicyFieldsSchema.extend({ businessHours: hours.nullable() });
const policy = fields.extend({ id: uuid, holidays: z.array(z.string()), createdAt: timestamp, updatedAt: timestamp }).openapi('SlaPolicy');
const stats = z.object({ count: z.number().int(), avgSeconds: z.number().nullable(), avgBusinessSeconds: z.number().nullable() });
const byClock = z.object({ first_response: z.number().int(), next_response: z.number().int(), resolution: z.number().int(), total: z.number().int() });
const report = z
  .object({ from: timestamp, to: timestamp, firstResponse: stats, reply: stats, resolution: stats, warnings: byClock, breaches: byClock })
  .openapi('SlaReport', { description: 'Sums of the stored first_response, reply, resolution, sla_warning and sla_breach events in [from, to)' });

const tags = ['Inbox'];
const collection = '/api/v1/workspaces/{workspaceId}/inbox/sla-policies';
const one = `${collection}/{policyId}`;
const writeProblems = { 400: problems[400], 403: problems[403], 404: problems[404], 422: problems[422] } as const;

export const slaPolicyRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ ...inWorkspace('inbox.read'), method: 'get', path: collection, tags, summary: 'SLA policies, the default first', request: { params: workspaceParams }, responses: { 200: json(z.object({ items: z.array(policy) })), 404: problems[404] } }),
    async (c) => c.json({ items: await listPolicies(c.get('ctx')) }, 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('inbox.configure'), method: 'post', path: collection, tags, summary: 'Create an SLA policy (isDefault: new conversations get it)', request: { params: workspaceParams, body: body(fields.partial().required({ name: true })) }, responses: { 201: json(policy, 'Created'), ...writeProblems } }),
    async (c) => c.json(await createPolicy(c.get('ctx'), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ ...inWorkspace('inbox.read'), method: 'get', path: one, tags, summary: 'An SLA policy', request: { params: withId('policyId') }, responses: { 200: json(policy), 404: problems[404] } }),
    async (c) => c.json(await getPolicy(c.get('ctx'), c.req.valid('param').policyId), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('inbox.configure'), method: 'patch', path: one, tags, summary: 'Change an SLA policy (clocks started later use the new targets)', request: { params: withId('policyId'), body: body(fields.partial()) }, responses: { 200: json(policy), ...writeProblems } }),
    async (c) => c.json(await updatePolicy(c.get('ctx'), c.req.valid('param').policyId, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('inbox.configure'), method: 'delete', path: one, tags, summary: 'Delete an SLA policy (conversations not yet resolved lose it)', request: { params: withId('policyId') }, responses: { 204: { description: 'Deleted' }, 403: problems[403], 404: problems[404] } }),
    async (c) => {
      await deletePolicy(c.get('ctx'), c.req.valid('param').policyId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      ...inWorkspace('inbox.read'),
      method: 'get',
      path: '/api/v1/workspaces/{workspaceId}/inbox/sla/report',
      tags,
      summary: 'Response and resolution times and SLA warnings and breaches over a period (default: the last 30 days)',
      request: { params: workspaceParams, query: z.object({ from: z.coerce.date().optional(), to: z.coerce.date().optional() }) },
      responses: { 200: json(report), 400: problems[400], 404: problems[404] },
    }),
    async (c) => c.json(await slaReport(c.get('ctx'), c.req.valid('query')), 200),
  );
