// Merging people: the review queue of suggestions (merge or dismiss), a merge by hand, a person's
// merge history and undoing a merge. Registered before people.ts in apiRoutes, so that
// /people/merge-suggestions is not read as /people/{personId}.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { listPersonMerges } from '../../core/people/merge-history.ts';
import { mergePeople } from '../../core/people/merge-people.ts';
import { dismissMergeSuggestion, listMergeSuggestions, mergeSuggestion } from '../../core/people/merge-queue.ts';
import { rescanMergeSuggestionsPage } from '../../core/people/rescan-merge-suggestions.ts';
import { unmergePeople } from '../../core/people/unmerge-people.ts';
import { rescanMergeSuggestionsJob } from '../../jobs/suggest-merges-rescan.ts';
import type { AppEnv } from '../env.ts';
import { body, inWorkspace, json, page, pageQuery, problems, timestamp, uuid, withId, workspaceParams } from '../openapi.ts';
import { onValidationError } from '../problem.ts';
import { mergeEntry, person, personSummary, reason } from './people.ts';

const suggestion = z
  .object({ id: uuid, person: personSummary, otherPerson: personSummary, reasons: z.array(reason), confidence: z.number(), status: z.enum(['pending', 'merged', 'dismissed']), createdAt: timestamp })
  .openapi('MergeSuggestion');
const decided = z.object({ id: uuid, personId: uuid, otherPersonId: uuid, status: z.enum(['pending', 'merged', 'dismissed']), decidedBy: uuid.nullable(), decidedAt: timestamp.nullable() }).openapi('MergeSuggestionDecision');
const mergeResult = z
  .object({ id: uuid, keptPersonId: uuid, mergedPersonId: uuid, suggestionId: uuid.nullable(), mergedAt: timestamp, unmergedAt: timestamp.nullable(), keptPerson: person })
  .openapi('PersonMergeResult');
const moved = z.object({ identities: z.number(), activities: z.number(), conversations: z.number(), messages: z.number(), notes: z.number() });

const base = '/api/v1/workspaces/{workspaceId}/people';
const suggestionParams = withId('suggestionId');
const tags = ['People'];

/** Drops the journal's id lists from an answer: they can be long, and the history counts them. */
const withoutJournal = <T extends { moved: unknown }>({ moved: _moved, ...rest }: T) => rest;

async function startRescan(c: Context<AppEnv>) {
  const ctx = c.get('ctx');
  const jobs = c.get('runtime').jobs;
  if (jobs) {
    await jobs.send(rescanMergeSuggestionsJob, { workspaceId: ctx.workspaceId, cursor: null, scanned: 0 }, { singletonKey: `rescan:${ctx.workspaceId}:start` });
    return { queued: true, scanned: 0, suggested: 0, autoMerged: 0 };
  }
  // A process without a job queue (tests, the CLI's runtime) scans right away.
  let cursor: string | null = null;
  let scanned = 0;
  let suggested = 0;
  let autoMerged = 0;
  do {
    const r = await rescanMergeSuggestionsPage(ctx, cursor);
    ({ nextCursor: cursor } = r);
    scanned += r.scanned;
    suggested += r.suggested;
    autoMerged += r.autoMerged.length;
  } while (cursor);
  return { queued: false, scanned, suggested, autoMerged };
}

export const peopleMergeRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ ...inWorkspace('people.read'), method: 'get', path: `${base}/merge-suggestions`, tags, summary: 'The review queue: pending merge suggestions, most confident first, with both people and the reasons', request: { params: workspaceParams, query: pageQuery.extend({ status: z.enum(['pending']).default('pending') }) }, responses: { 200: json(page(suggestion)), 400: problems[400], 404: problems[404] } }),
    async (c) => c.json(await listMergeSuggestions(c.get('ctx'), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('people.merge'), method: 'post', path: `${base}/merge-suggestions/rescan`, tags, summary: 'Look at the whole workspace again for people who may be one (queued as a job when the process runs one)', request: { params: workspaceParams, body: body(z.object({})) }, responses: { 202: json(z.object({ queued: z.boolean(), scanned: z.number(), suggested: z.number(), autoMerged: z.number() }), 'Started or done'), 403: problems[403], 404: problems[404] } }),
    async (c) => c.json(await startRescan(c), 202),
  )
  .openapi(
    createRoute({ ...inWorkspace('people.merge'), method: 'post', path: `${base}/merge-suggestions/{suggestionId}/merge`, tags, summary: 'Merge the two people of a suggestion (the older is kept unless keepPersonId says otherwise)', request: { params: suggestionParams, body: body(z.object({ keepPersonId: uuid.optional() })) }, responses: { 200: json(mergeResult, 'Merged'), 400: problems[400], 403: problems[403], 404: problems[404], 409: problems[409] } }),
    async (c) => c.json(withoutJournal(await mergeSuggestion(c.get('ctx'), c.req.valid('param').suggestionId, c.req.valid('json'))), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('people.merge'), method: 'post', path: `${base}/merge-suggestions/{suggestionId}/dismiss`, tags, summary: 'Dismiss a suggestion: the pair is never suggested again', request: { params: suggestionParams, body: body(z.object({})) }, responses: { 200: json(decided, 'Dismissed'), 403: problems[403], 404: problems[404], 409: problems[409] } }),
    async (c) => c.json(await dismissMergeSuggestion(c.get('ctx'), c.req.valid('param').suggestionId), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('people.merge'), method: 'post', path: `${base}/{personId}/merge`, tags, summary: 'Merge another person into this one (journalled; undo with /people/merges/{mergeId}/undo)', request: { params: withId('personId'), body: body(z.object({ otherPersonId: uuid })) }, responses: { 200: json(mergeResult, 'Merged'), 400: problems[400], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] } }),
    async (c) => c.json(withoutJournal(await mergePeople(c.get('ctx'), { keepId: c.req.valid('param').personId, mergeId: c.req.valid('json').otherPersonId })), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('people.read'), method: 'get', path: `${base}/{personId}/merges`, tags, summary: 'The merges this person took part in, kept or merged, newest first', request: { params: withId('personId') }, responses: { 200: json(z.object({ items: z.array(mergeEntry.extend({ moved })) })), 404: problems[404] } }),
    async (c) => c.json({ items: await listPersonMerges(c.get('ctx'), c.req.valid('param').personId) }, 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('people.merge'), method: 'post', path: `${base}/merges/{mergeId}/undo`, tags, summary: 'Undo a merge: exactly what it moved goes back, and the pair is not suggested again', request: { params: withId('mergeId'), body: body(z.object({})) }, responses: { 200: json(mergeResult.extend({ restoredPerson: person }), 'Undone'), 403: problems[403], 404: problems[404], 409: problems[409] } }),
    async (c) => c.json(withoutJournal(await unmergePeople(c.get('ctx'), c.req.valid('param').mergeId)), 200),
  );
