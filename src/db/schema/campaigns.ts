// Campaigns (goal, dates, budget and cost) and the short links Tandem serves at /l/<code>, with
// their clicks. A link belongs to the post target it was made for, so clicks add up per post, per
// channel and per campaign.
import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { channels } from './channels.ts';
import { workspaces } from './workspaces.ts';

/** UTM parameters; {channel} and {network} in a value are replaced per channel. */
export type UtmTemplate = { source?: string; medium?: string; campaign?: string; term?: string; content?: string };

export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    goal: text('goal'),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    // Money in minor units (cents) of `currency`, so sums are exact.
    budgetMinor: bigint('budget_minor', { mode: 'number' }),
    costMinor: bigint('cost_minor', { mode: 'number' }).notNull().default(0),
    currency: text('currency').notNull().default('EUR'),
    utm: jsonb('utm').$type<UtmTemplate>().notNull().default({}),
    color: text('color'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('campaigns_workspace').on(t.workspaceId, t.startsOn), uniqueIndex('campaigns_name').on(t.workspaceId, sql`lower(${t.name})`)],
);

export const links = pgTable(
  'links',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    // Unguessable enough to not be enumerated, short enough to cost little of a post's length.
    code: text('code').notNull(),
    targetUrl: text('target_url').notNull(),
    postId: uuid('post_id'),
    postTargetId: uuid('post_target_id'),
    channelId: uuid('channel_id').references(() => channels.id, { onDelete: 'set null' }),
    campaignId: uuid('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('links_code').on(t.code),
    // One short link per (target, original URL): re-rendering a variant reuses it.
    uniqueIndex('links_target_url').on(t.postTargetId, t.targetUrl).where(sql`${t.postTargetId} is not null`),
    index('links_post').on(t.workspaceId, t.postId),
    index('links_campaign').on(t.workspaceId, t.campaignId),
  ],
);

export const linkClicks = pgTable(
  'link_clicks',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    linkId: uuid('link_id').notNull().references(() => links.id, { onDelete: 'cascade' }),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    // Crawlers and link-preview bots are kept apart so counts are people's clicks.
    isBot: boolean('is_bot').notNull().default(false),
    referrerHost: text('referrer_host'),
  },
  (t) => [index('link_clicks_link_time').on(t.linkId, t.occurredAt)],
);
