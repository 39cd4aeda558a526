// People, their identities on networks, and their activity timeline.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { listActivities, recordActivity } from '../../core/activities/activities.ts';
import { addIdentity } from '../../core/people/identities.ts';
import { createPerson, getPerson, listPeople, requirePerson, updatePerson } from '../../core/people/people.ts';
import type { AppEnv } from '../env.ts';
import { body, json, page, pageQuery, problems, timestamp, uuid, withId, workspaceParams, inWorkspace } from '../openapi.ts';
import { onValidationError } from '../problem.ts';

const identity = z.object({ id: uuid, network: z.string(), externalId: z.string(), handle: z.string().nullable(), verified: z.boolean(), createdAt: timestamp }).openapi('Identity');
const person = z
  .object({
    id: uuid,
    displayName: z.string(),
    email: z.string().nullable(),
    avatarUrl: z.string().nullable(),
    tags: z.array(z.string()),
    customFields: z.record(z.string(), z.unknown()),
    manualFields: z.array(z.string()),
    isStaff: z.boolean(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi('Person');
const activity = z
  .object({ id: uuid, personId: uuid.nullable(), channelId: uuid, type: z.string(), externalId: z.string(), occurredAt: timestamp, data: z.record(z.string(), z.unknown()), createdAt: timestamp })
  .openapi('Activity');

const fields = z.object({
  displayName: z.string().trim().min(1).max(200),
  email: z.email().nullable(),
  avatarUrl: z.url().nullable(),
  tags: z.array(z.string().trim().min(1).max(50)).max(100),
  customFields: z.record(z.string().max(50), z.unknown()),
  isStaff: z.boolean(),
});

export const peopleRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ ...inWorkspace('people.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}/people', tags: ['People'], summary: 'Find people by name, e-mail or tag', request: { params: workspaceParams, query: pageQuery.extend({ q: z.string().max(200).optional(), tag: z.string().max(50).optional() }) }, responses: { 200: json(page(person)), 404: problems[404] } }),
    async (c) => c.json(await listPeople(c.get('ctx'), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('people.write'), method: 'post', path: '/api/v1/workspaces/{workspaceId}/people', tags: ['People'], summary: 'Add a person by hand', request: { params: workspaceParams, body: body(fields.partial().required({ displayName: true })) }, responses: { 201: json(person, 'Created'), 400: problems[400], 403: problems[403], 404: problems[404] } }),
    async (c) => c.json(await createPerson(c.get('ctx'), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ ...inWorkspace('people.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}/people/{personId}', tags: ['People'], summary: 'A person with their identities', request: { params: withId('personId') }, responses: { 200: json(person.extend({ identities: z.array(identity) })), 404: problems[404] } }),
    async (c) => c.json(await getPerson(c.get('ctx'), c.req.valid('param').personId), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('people.write'), method: 'patch', path: '/api/v1/workspaces/{workspaceId}/people/{personId}', tags: ['People'], summary: 'Edit a person; edited fields are never overwritten by sync', request: { params: withId('personId'), body: body(fields.partial()) }, responses: { 200: json(person), 400: problems[400], 403: problems[403], 404: problems[404] } }),
    async (c) => c.json(await updatePerson(c.get('ctx'), c.req.valid('param').personId, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      ...inWorkspace('people.write'),
      method: 'post',
      path: '/api/v1/workspaces/{workspaceId}/people/{personId}/identities',
      tags: ['People'],
      summary: 'Attach an account on a network to a person',
      request: { params: withId('personId'), body: body(z.object({ network: z.string().min(1).max(30), externalId: z.string().min(1).max(200), handle: z.string().max(200).nullable().optional(), verified: z.boolean().optional() })) },
      responses: { 201: json(identity, 'Attached'), 400: problems[400], 403: problems[403], 404: problems[404], 409: problems[409] },
    }),
    async (c) => c.json(await addIdentity(c.get('ctx'), c.req.valid('param').personId, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ ...inWorkspace('activities.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}/people/{personId}/activities', tags: ['People'], summary: "A person's timeline across channels, newest first", request: { params: withId('personId'), query: pageQuery }, responses: { 200: json(page(activity)), 404: problems[404] } }),
    async (c) => {
      const { personId } = c.req.valid('param');
      await requirePerson(c.get('ctx'), personId);
      return c.json(await listActivities(c.get('ctx'), { ...c.req.valid('query'), personId }), 200);
    },
  )
  .openapi(
    createRoute({ ...inWorkspace('activities.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}/activities', tags: ['Activities'], summary: 'Every activity in the workspace, newest first', request: { params: workspaceParams, query: pageQuery }, responses: { 200: json(page(activity)), 404: problems[404] } }),
    async (c) => c.json(await listActivities(c.get('ctx'), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      ...inWorkspace('activities.write'),
      method: 'post',
      path: '/api/v1/workspaces/{workspaceId}/activities',
      tags: ['Activities'],
      summary: 'Record an activity; the same (channel, type, external id) is stored once',
      request: { params: workspaceParams, body: body(z.object({ channelId: uuid, personId: uuid.nullable().optional(), type: z.string().min(1).max(50), externalId: z.string().min(1).max(300), occurredAt: z.coerce.date(), data: z.record(z.string(), z.unknown()).optional() })) },
      responses: { 201: json(activity, 'Recorded'), 200: json(activity, 'Already recorded'), 400: problems[400], 403: problems[403], 404: problems[404] },
    }),
    async (c) => {
      const result = await recordActivity(c.get('ctx'), c.req.valid('json'));
      return c.json(result.activity, result.created ? 201 : 200);
    },
  );
