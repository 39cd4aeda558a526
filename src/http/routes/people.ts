// People: the directory, a person with their identities, profile, timeline and notes, and the
// activity log. Merges and the review queue live in people-merges.ts.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { listActivities, recordActivity } from '../../core/activities/activities.ts';
import { addIdentity } from '../../core/people/identities.ts';
import { createPerson, getPerson, listPeople, requirePerson, updatePerson } from '../../core/people/people.ts';
import { addPersonNote, deleteNote, listPersonNotes } from '../../core/people/person-notes.ts';
import { getPersonProfile } from '../../core/people/person-profile.ts';
import { getTimeline } from '../../core/people/timeline.ts';
import type { AppEnv } from '../env.ts';
import { body, json, page, pageQuery, problems, timestamp, uuid, withId, workspaceParams, inWorkspace } from '../openapi.ts';
import { onValidationError } from '../problem.ts';

const identity = z
  .object({ id: uuid, network: z.string(), externalId: z.string(), handle: z.string().nullable(), verified: z.boolean(), displayName: z.string().nullable(), email: z.string().nullable(), profileUrls: z.array(z.string()), createdAt: timestamp })
  .openapi('Identity');
export const identityBadge = z.object({ network: z.string(), handle: z.string().nullable(), verified: z.boolean() }).openapi('IdentityBadge');
export const person = z
  .object({
    id: uuid,
    displayName: z.string(),
    email: z.string().nullable(),
    avatarUrl: z.string().nullable(),
    tags: z.array(z.string()),
    customFields: z.record(z.string(), z.unknown()),
    manualFields: z.array(z.string()).openapi({ description: 'Fields edited by hand: sync never overwrites them' }),
    isStaff: z.boolean(),
    mergedIntoId: uuid.nullable().openapi({ description: 'Set when this person was merged into another: show that one instead' }),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi('Person');
const listedPerson = person.extend({ identities: z.array(identityBadge), lastActivityAt: timestamp.nullable() }).openapi('PersonListItem');
export const personSummary = z
  .object({ id: uuid, displayName: z.string(), email: z.string().nullable(), avatarUrl: z.string().nullable(), tags: z.array(z.string()), isStaff: z.boolean(), mergedIntoId: uuid.nullable(), createdAt: timestamp, identities: z.array(identityBadge) })
  .openapi('PersonSummary');
const activity = z
  .object({ id: uuid, personId: uuid.nullable(), channelId: uuid, type: z.string(), externalId: z.string(), occurredAt: timestamp, data: z.record(z.string(), z.unknown()), createdAt: timestamp })
  .openapi('Activity');
const channelRef = z.object({ id: uuid, network: z.string(), displayName: z.string() }).openapi('ChannelRef');
const timelineItem = activity.extend({ channel: channelRef }).openapi('TimelineItem');
const note = z.object({ id: uuid, personId: uuid, authorId: uuid.nullable(), authorName: z.string().nullable(), body: z.string(), createdAt: timestamp }).openapi('PersonNote');
const openConversation = z
  .object({ id: uuid, status: z.string(), priority: z.string(), subject: z.string().nullable(), assigneeId: uuid.nullable(), unreadCount: z.number(), lastMessageAt: timestamp, lastMessageText: z.string().nullable(), channel: channelRef })
  .openapi('PersonOpenConversation');
export const reason = z.object({ rule: z.string(), detail: z.string(), confidence: z.number() }).openapi('MergeReason');
export const mergeEntry = z
  .object({
    id: uuid,
    keptPersonId: uuid,
    keptPerson: z.object({ id: uuid, displayName: z.string() }),
    mergedPersonId: uuid,
    mergedPerson: z.object({ id: uuid, displayName: z.string() }),
    suggestionId: uuid.nullable(),
    mergedBy: uuid.nullable(),
    mergedByName: z.string().nullable(),
    mergedAt: timestamp,
    unmergedAt: timestamp.nullable(),
  })
  .openapi('PersonMerge');
const profile = z
  .object({
    person,
    redirectedFrom: uuid.nullable().openapi({ description: 'The merged person asked for, when the answer is the person they were merged into' }),
    identities: z.array(identity),
    tags: z.array(z.string()),
    customFields: z.record(z.string(), z.unknown()),
    notes: z.array(note),
    notesNextCursor: z.string().nullable(),
    openConversations: z.array(openConversation),
    merges: z.array(mergeEntry),
    suggestions: z.array(z.object({ id: uuid, confidence: z.number(), reasons: z.array(reason), otherPerson: personSummary.nullable() })),
  })
  .openapi('PersonProfile');

const fields = z.object({
  displayName: z.string().trim().min(1).max(200),
  email: z.email().nullable(),
  avatarUrl: z.url().nullable(),
  tags: z.array(z.string().trim().min(1).max(50)).max(100),
  customFields: z.record(z.string().max(50), z.unknown()),
  isStaff: z.boolean(),
});
const identityInput = z.object({
  network: z.string().min(1).max(30),
  externalId: z.string().min(1).max(200),
  handle: z.string().max(200).nullable().optional(),
  verified: z.boolean().optional(),
  displayName: z.string().max(200).nullable().optional(),
  email: z.email().nullable().optional(),
  profileUrls: z.array(z.string().max(500)).max(20).optional(),
});
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const directoryQuery = pageQuery.extend({
  q: z.string().max(200).optional().openapi({ description: 'The start of a word of the name, of the e-mail, or of a handle on any network' }),
  tag: z.string().max(50).optional(),
  network: z.string().max(30).optional().openapi({ description: 'Has an identity on this network' }),
  staff: flag.optional(),
  hasOpenConversation: flag.optional(),
});
const personPath = '/api/v1/workspaces/{workspaceId}/people/{personId}';
const notePath = withId('personId').extend({ noteId: uuid.openapi({ param: { name: 'noteId', in: 'path' } }) });

export const peopleRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ ...inWorkspace('people.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}/people', tags: ['People'], summary: 'The directory: find people by name, e-mail, handle, tag, network; merged people are left out', request: { params: workspaceParams, query: directoryQuery }, responses: { 200: json(page(listedPerson)), 400: problems[400], 404: problems[404] } }),
    async (c) => c.json(await listPeople(c.get('ctx'), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('people.write'), method: 'post', path: '/api/v1/workspaces/{workspaceId}/people', tags: ['People'], summary: 'Add a person by hand', request: { params: workspaceParams, body: body(fields.partial().required({ displayName: true })) }, responses: { 201: json(person, 'Created'), 400: problems[400], 403: problems[403], 404: problems[404] } }),
    async (c) => c.json(await createPerson(c.get('ctx'), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ ...inWorkspace('people.read'), method: 'get', path: personPath, tags: ['People'], summary: 'A person with their identities; a merged person answers with mergedIntoId', request: { params: withId('personId') }, responses: { 200: json(person.extend({ identities: z.array(identity) })), 404: problems[404] } }),
    async (c) => c.json(await getPerson(c.get('ctx'), c.req.valid('param').personId), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('people.write'), method: 'patch', path: personPath, tags: ['People'], summary: 'Edit a person; edited fields are never overwritten by sync', request: { params: withId('personId'), body: body(fields.partial()) }, responses: { 200: json(person), 400: problems[400], 403: problems[403], 404: problems[404], 409: problems[409] } }),
    async (c) => c.json(await updatePerson(c.get('ctx'), c.req.valid('param').personId, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('people.read'), method: 'get', path: `${personPath}/profile`, tags: ['People'], summary: "The person's panel: identities, tags, custom fields, notes, open conversations, merges; a merged person's id answers with the person they were merged into", request: { params: withId('personId') }, responses: { 200: json(profile), 404: problems[404] } }),
    async (c) => c.json(await getPersonProfile(c.get('ctx'), c.req.valid('param').personId), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('people.read'), method: 'get', path: `${personPath}/timeline`, tags: ['People'], summary: 'Every activity of the person across channels, newest first', request: { params: withId('personId'), query: pageQuery }, responses: { 200: json(page(timelineItem).extend({ personId: uuid, redirectedFrom: uuid.nullable() })), 400: problems[400], 404: problems[404] } }),
    async (c) => c.json(await getTimeline(c.get('ctx'), c.req.valid('param').personId, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('people.read'), method: 'get', path: `${personPath}/notes`, tags: ['People'], summary: "The team's notes on a person, newest first", request: { params: withId('personId'), query: pageQuery }, responses: { 200: json(page(note)), 400: problems[400], 404: problems[404] } }),
    async (c) => c.json(await listPersonNotes(c.get('ctx'), c.req.valid('param').personId, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('people.write'), method: 'post', path: `${personPath}/notes`, tags: ['People'], summary: 'Add a note on a person (never sent anywhere)', request: { params: withId('personId'), body: body(z.object({ body: z.string().trim().min(1).max(10_000) })) }, responses: { 201: json(note, 'Added'), 400: problems[400], 403: problems[403], 404: problems[404], 409: problems[409] } }),
    async (c) => c.json(await addPersonNote(c.get('ctx'), c.req.valid('param').personId, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ ...inWorkspace('people.write'), method: 'delete', path: `${personPath}/notes/{noteId}`, tags: ['People'], summary: 'Delete a note (its author; owners and admins too)', request: { params: notePath }, responses: { 204: { description: 'Deleted' }, 403: problems[403], 404: problems[404] } }),
    async (c) => {
      const { personId, noteId } = c.req.valid('param');
      await deleteNote(c.get('ctx'), personId, noteId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      ...inWorkspace('people.write'),
      method: 'post',
      path: `${personPath}/identities`,
      tags: ['People'],
      summary: 'Attach an account on a network to a person',
      request: { params: withId('personId'), body: body(identityInput) },
      responses: { 201: json(identity, 'Attached'), 400: problems[400], 403: problems[403], 404: problems[404], 409: problems[409] },
    }),
    async (c) => c.json(await addIdentity(c.get('ctx'), c.req.valid('param').personId, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ ...inWorkspace('activities.read'), method: 'get', path: `${personPath}/activities`, tags: ['People'], summary: "A person's activities, newest first (without channels; the timeline has them)", request: { params: withId('personId'), query: pageQuery }, responses: { 200: json(page(activity)), 404: problems[404] } }),
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
