// The publishing workflow (docs/publishing.md, "Workflow"): approval steps, submit / approve /
// request changes, schedule in a time zone (with recurrence), add to the queue, unschedule, and
// spreading posts over a campaign. The composer's own routes are in posts.ts.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { getApprovalSteps, putApprovalSteps } from '../../core/publishing/workflow/approval-steps.ts';
import { approvePost, getPostApprovals, requestChanges, submitPost } from '../../core/publishing/workflow/review-post.ts';
import { schedulePost, unschedulePost } from '../../core/publishing/workflow/schedule-post.ts';
import { spreadOverCampaign } from '../../core/publishing/workflow/spread-campaign.ts';
import { addToQueue } from '../../core/publishing/queues/add-to-queue.ts';
import { getPost } from '../../core/publishing/posts/get-post.ts';
import type { AppEnv } from '../env.ts';
import { body, json, problems, timestamp, uuid, withId, workspaceParams, inWorkspace } from '../openapi.ts';
import { onValidationError } from '../problem.ts';
import { postSchema } from './post-schemas.ts';
import { workflowCtx } from './posts.ts';


const tags = ['Publishing workflow'];
const post = '/api/v1/workspaces/{workspaceId}/posts/{postId}';
const writeProblems = { 400: problems[400], 403: problems[403], 404: problems[404], 409: problems[409], 422: problems[422] } as const;

const stepSchema = z
  .object({ id: uuid, channelId: uuid.nullable(), position: z.number().int(), name: z.string(), mode: z.enum(['any', 'all']), approverIds: z.array(uuid) })
  .openapi('ApprovalStep');
const stepInput = z.object({
  id: uuid.optional().openapi({ description: 'Keep an existing step (and the decisions made on it)' }),
  channelId: uuid.nullable().openapi({ description: 'null: every post of the workspace goes through it' }),
  name: z.string().trim().min(1).max(100),
  mode: z.enum(['any', 'all']).openapi({ description: "'any': one approver is enough; 'all': every one must approve" }),
  approverIds: z.array(uuid).min(1).max(50),
});
const approvalsSchema = z
  .object({
    state: z.string(),
    revision: z.number().int(),
    complete: z.boolean(),
    currentStepId: uuid.nullable(),
    steps: z.array(stepSchema.omit({ position: true }).extend({ satisfied: z.boolean(), decisions: z.array(z.object({ userId: uuid.nullable(), decision: z.enum(['approved', 'changes_requested']), note: z.string().nullable(), createdAt: timestamp })) })),
  })
  .openapi('PostApprovals');
const recurrenceInput = z.object({
  frequency: z.enum(['daily', 'weekly', 'monthly']),
  interval: z.number().int().min(1).max(365).default(1),
  until: z.string().regex(/^\d{4}-\d{2}-\d{2}(T.+)?$/).optional().openapi({ description: 'Last local date (inclusive) or instant' }),
  count: z.number().int().min(1).max(1000).optional().openapi({ description: 'Occurrences in all, this one included' }),
});
const scheduleInput = z
  .object({
    at: z.iso.datetime({ offset: true }).optional().openapi({ description: 'An exact instant' }),
    localTime: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/).optional().openapi({ description: 'A wall-clock time, YYYY-MM-DDTHH:mm, read in timeZone' }),
    timeZone: z.string().min(1).max(64).optional().openapi({ description: "IANA zone; default: yours, else the workspace's" }),
    recurrence: recurrenceInput.nullable().optional(),
  })
  .openapi('ScheduleInput');
const spreadInput = z.object({
  postIds: z.array(uuid).min(1).max(200),
  from: z.iso.date().optional().openapi({ description: "Default: the campaign's start date" }),
  to: z.iso.date().optional().openapi({ description: "Default: the campaign's end date" }),
  hours: z.object({ from: z.string().regex(/^\d{2}:\d{2}$/), to: z.string().regex(/^\d{2}:\d{2}$/) }).optional().openapi({ description: 'Daily hours in the workspace time zone; default 09:00-18:00' }),
});

const move = (path: string, summary: string) =>
  createRoute({ ...inWorkspace('posts.write'), method: 'post', path: `${post}/${path}`, tags, summary, request: { params: withId('postId') }, responses: { 200: json(postSchema), ...writeProblems } });
const moveWith = <T extends z.ZodType>(path: string, action: 'posts.write' | 'posts.approve', summary: string, input: T) =>
  createRoute({ ...inWorkspace(action), method: 'post', path: `${post}/${path}`, tags, summary, request: { params: withId('postId'), body: body(input) }, responses: { 200: json(postSchema), ...writeProblems } });

export const postWorkflowRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ ...inWorkspace('posts.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}/approval-steps', tags, summary: "The workspace's approval steps and each channel's, in order", request: { params: workspaceParams }, responses: { 200: json(z.object({ items: z.array(stepSchema) })), 404: problems[404] } }),
    async (c) => c.json({ items: await getApprovalSteps(c.get('ctx')) }, 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('approvals.manage'), method: 'put', path: '/api/v1/workspaces/{workspaceId}/approval-steps', tags, summary: 'Replace the approval steps (none: posts need no approval)', request: { params: workspaceParams, body: body(z.object({ steps: z.array(stepInput).max(50) })) }, responses: { 200: json(z.object({ items: z.array(stepSchema) })), ...writeProblems } }),
    async (c) => c.json({ items: await putApprovalSteps(c.get('ctx'), c.req.valid('json').steps) }, 200),
  )
  .openapi(move('submit', 'Submit for review (approved at once when no step applies)'), async (c) => {
    const { postId } = c.req.valid('param');
    await submitPost(c.get('ctx'), postId);
    return c.json(await getPost(c.get('ctx'), postId), 200);
  })
  .openapi(moveWith('approve', 'posts.approve', 'Approve as an approver of the current step', z.object({ note: z.string().max(2000).optional() })), async (c) => {
    const { postId } = c.req.valid('param');
    await approvePost(c.get('ctx'), postId, c.req.valid('json') );
    return c.json(await getPost(c.get('ctx'), postId), 200);
  })
  .openapi(moveWith('request-changes', 'posts.approve', 'Send back for changes as an approver of the current step', z.object({ note: z.string().trim().min(1).max(2000) })), async (c) => {
    const { postId } = c.req.valid('param');
    await requestChanges(c.get('ctx'), postId, c.req.valid('json'));
    return c.json(await getPost(c.get('ctx'), postId), 200);
  })
  .openapi(
    createRoute({ ...inWorkspace('posts.read'), method: 'get', path: `${post}/approvals`, tags, summary: 'The steps that apply to the post, with who decided what on this revision', request: { params: withId('postId') }, responses: { 200: json(approvalsSchema), 404: problems[404] } }),
    async (c) => c.json(await getPostApprovals(c.get('ctx'), c.req.valid('param').postId), 200),
  )
  .openapi(moveWith('schedule', 'posts.write', 'Schedule (or reschedule) at an instant or a local time in a time zone', scheduleInput), async (c) =>
    c.json(await schedulePost(workflowCtx(c), c.req.valid('param').postId, c.req.valid('json')), 200),
  )
  .openapi(move('queue', 'Add to the queue: the next slot free on every channel of the post'), async (c) => c.json(await addToQueue(workflowCtx(c), c.req.valid('param').postId), 200))
  .openapi(move('unschedule', 'Take off the calendar; the post stays approved'), async (c) => c.json(await unschedulePost(workflowCtx(c), c.req.valid('param').postId), 200))
  .openapi(
    createRoute({ ...inWorkspace('posts.write'), method: 'post', path: '/api/v1/workspaces/{workspaceId}/campaigns/{campaignId}/spread', tags, summary: "Schedule posts evenly over the campaign's dates", request: { params: withId('campaignId'), body: body(spreadInput) }, responses: { 200: json(z.object({ items: z.array(postSchema) })), ...writeProblems } }),
    async (c) => c.json(await spreadOverCampaign(workflowCtx(c), c.req.valid('param').campaignId, c.req.valid('json')), 200),
  );
