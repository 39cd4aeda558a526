// Campaigns, their summary, and the short links of the workspace with their clicks.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { campaignSummary } from '../../core/campaigns/campaign-summary.ts';
import { createCampaign, listCampaigns, requireCampaign, setCampaignArchived, updateCampaign } from '../../core/campaigns/campaigns.ts';
import { countClicks, listLinks } from '../../core/links/links.ts';
import { shortLinkPath } from '../../core/links/short-code.ts';
import { postStates } from '../../db/schema/publishing.ts';
import type { AppEnv } from '../env.ts';
import { body, inWorkspace, json, page, pageQuery, problems, timestamp, uuid, withId, workspaceParams } from '../openapi.ts';
import { onValidationError } from '../problem.ts';
import { publicUrl } from '../public-url.ts';

const utmValue = z.string().max(200);
const utm = z.object({ source: utmValue, medium: utmValue, campaign: utmValue, term: utmValue, content: utmValue }).partial().strict().openapi('UtmTemplate', { description: '{channel} and {network} are replaced per channel; an empty value drops the parameter' });
const minor = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const day = z.iso.date();

const campaign = z
  .object({
    id: uuid,
    name: z.string(),
    goal: z.string().nullable(),
    startsOn: day.nullable(),
    endsOn: day.nullable(),
    budgetMinor: minor.nullable(),
    costMinor: minor,
    currency: z.string(),
    utm,
    color: z.string().nullable(),
    archivedAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi('Campaign');

const fields = z.object({
  name: z.string().trim().min(1).max(200),
  goal: z.string().trim().max(2000).nullable(),
  startsOn: day.nullable(),
  endsOn: day.nullable(),
  budgetMinor: minor.nullable().openapi({ description: 'In minor units of the currency (cents for EUR)' }),
  costMinor: minor.openapi({ description: 'What was spent so far, in minor units' }),
  currency: z.string().regex(/^[A-Z]{3}$/).openapi({ description: 'ISO 4217 code', example: 'EUR' }),
  utm,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/).nullable(),
});

const clickCounts = z.object({ humans: z.number().int(), bots: z.number().int() }).openapi('ClickCounts');
const summary = z
  .object({
    campaignId: uuid,
    currency: z.string(),
    budgetMinor: minor.nullable(),
    costMinor: minor,
    posts: z.object({ total: z.number().int(), byState: z.record(z.enum(postStates), z.number().int()) }),
    links: z.number().int(),
    clicks: clickCounts,
    costPerClickMinor: z.number().nullable().openapi({ description: "Cost divided by people's clicks (bots left out); null before the first click" }),
  })
  .openapi('CampaignSummary');

const link = z
  .object({ id: uuid, code: z.string(), shortUrl: z.string(), targetUrl: z.string(), postId: uuid.nullable(), postTargetId: uuid.nullable(), channelId: uuid.nullable(), campaignId: uuid.nullable(), createdAt: timestamp, clicks: clickCounts })
  .openapi('ShortLink');
const linkFilter = z.object({ postId: uuid.optional(), campaignId: uuid.optional(), channelId: uuid.optional() });
const clickTotals = z
  .object({ links: z.number().int(), clicks: clickCounts, byChannel: z.array(z.object({ channelId: uuid.nullable(), links: z.number().int(), clicks: clickCounts })) })
  .openapi('ClickTotals');

const campaignPath = '/api/v1/workspaces/{workspaceId}/campaigns/{campaignId}';

export const campaignRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ ...inWorkspace('campaigns.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}/campaigns', tags: ['Campaigns'], summary: 'Campaigns, newest first (archived ones with archived=true)', request: { params: workspaceParams, query: pageQuery.extend({ archived: z.enum(['true', 'false']).default('false') }) }, responses: { 200: json(page(campaign)), 404: problems[404] } }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await listCampaigns(c.get('ctx'), { ...q, archived: q.archived === 'true' }), 200);
    },
  )
  .openapi(
    createRoute({ ...inWorkspace('campaigns.manage'), method: 'post', path: '/api/v1/workspaces/{workspaceId}/campaigns', tags: ['Campaigns'], summary: 'Create a campaign', request: { params: workspaceParams, body: body(fields.partial().required({ name: true })) }, responses: { 201: json(campaign, 'Created'), 400: problems[400], 403: problems[403], 404: problems[404], 409: problems[409] } }),
    async (c) => c.json(await createCampaign(c.get('ctx'), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ ...inWorkspace('campaigns.read'), method: 'get', path: campaignPath, tags: ['Campaigns'], summary: 'A campaign', request: { params: withId('campaignId') }, responses: { 200: json(campaign), 404: problems[404] } }),
    async (c) => c.json(await requireCampaign(c.get('ctx'), c.req.valid('param').campaignId), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('campaigns.manage'), method: 'patch', path: campaignPath, tags: ['Campaigns'], summary: 'Edit a campaign (dates, budget, cost, UTM template...)', request: { params: withId('campaignId'), body: body(fields.partial()) }, responses: { 200: json(campaign), 400: problems[400], 403: problems[403], 404: problems[404], 409: problems[409] } }),
    async (c) => c.json(await updateCampaign(c.get('ctx'), c.req.valid('param').campaignId, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('campaigns.manage'), method: 'post', path: `${campaignPath}/archive`, tags: ['Campaigns'], summary: 'Archive a campaign: out of the list, posts and clicks kept', request: { params: withId('campaignId') }, responses: { 200: json(campaign), 403: problems[403], 404: problems[404] } }),
    async (c) => c.json(await setCampaignArchived(c.get('ctx'), c.req.valid('param').campaignId, true), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('campaigns.manage'), method: 'post', path: `${campaignPath}/restore`, tags: ['Campaigns'], summary: 'Bring an archived campaign back', request: { params: withId('campaignId') }, responses: { 200: json(campaign), 403: problems[403], 404: problems[404] } }),
    async (c) => c.json(await setCampaignArchived(c.get('ctx'), c.req.valid('param').campaignId, false), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('campaigns.read'), method: 'get', path: `${campaignPath}/summary`, tags: ['Campaigns'], summary: 'Posts by state, clicks (people and bots apart) and cost per click', request: { params: withId('campaignId') }, responses: { 200: json(summary), 404: problems[404] } }),
    async (c) => c.json(await campaignSummary(c.get('ctx'), c.req.valid('param').campaignId), 200),
  )
  .openapi(
    createRoute({ ...inWorkspace('campaigns.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}/links', tags: ['Links'], summary: 'Short links with their clicks, by post, campaign or channel', request: { params: workspaceParams, query: pageQuery.extend(linkFilter.shape) }, responses: { 200: json(page(link)), 404: problems[404] } }),
    async (c) => {
      const result = await listLinks(c.get('ctx'), c.req.valid('query'));
      const base = publicUrl(c);
      return c.json({ ...result, items: result.items.map((l) => ({ ...l, shortUrl: `${base}${shortLinkPath(l.code)}` })) }, 200);
    },
  )
  .openapi(
    createRoute({ ...inWorkspace('campaigns.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}/links/clicks', tags: ['Links'], summary: "Click totals of a post's or a campaign's links, and per channel", request: { params: workspaceParams, query: linkFilter }, responses: { 200: json(clickTotals), 404: problems[404] } }),
    async (c) => c.json(await countClicks(c.get('ctx'), c.req.valid('query')), 200),
  );
