// Posts and their per-channel targets (DESIGN.md §4), with what the composer and the approval
// workflow keep beside them. A post is what a person writes once; a target is that post on one
// channel, and is the unit that is published exactly once (docs/adr/0012-publishing-exactly-once.md).
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { channels } from './channels.ts';
import { campaigns } from './campaigns.ts';
import { users, workspaces } from './workspaces.ts';

export const postStates = ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'publishing', 'published', 'failed', 'needs_check'] as const;
export type PostState = (typeof postStates)[number];

/**
 * A target's life: `pending` until its post is scheduled, `scheduled` (a job and the sweep will
 * run it at scheduled_at), `publishing` once a worker has claimed it and may have called the
 * network, then `published`, `failed` (the network's reason is kept) or `needs_check` (the outcome
 * is unknown and the network cannot be asked). `cancelled` when the post is unscheduled or deleted.
 */
export const targetStates = ['pending', 'scheduled', 'publishing', 'published', 'failed', 'needs_check', 'cancelled'] as const;
export type TargetState = (typeof targetStates)[number];

export const postSources = ['composer', 'csv', 'rss', 'recurrence', 'api'] as const;

/** One part of a thread after the first, or the first comment: text and media ids. */
export type PostPart = { text: string; mediaIds: string[] };
/** Media attached to a post or variant, in order, with the alt text written for this use. */
export type AttachedMedia = { mediaId: string; altText?: string };
export type Recurrence = { frequency: 'daily' | 'weekly' | 'monthly'; interval: number; until?: string; count?: number };

export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    campaignId: uuid('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
    state: text('state', { enum: postStates }).notNull().default('draft'),
    // The shared text and media; a target's variant overrides them for its channel.
    text: text('text').notNull().default(''),
    media: jsonb('media').$type<AttachedMedia[]>().notNull().default([]),
    // Parts published as replies to the first, in order (a thread), and a first comment.
    thread: jsonb('thread').$type<PostPart[]>().notNull().default([]),
    firstComment: text('first_comment'),
    labels: text('labels').array().notNull().default(sql`'{}'::text[]`),
    // The exact instant; time_zone is the zone it was chosen in (recurrence and display follow it).
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
    timeZone: text('time_zone'),
    recurrence: jsonb('recurrence').$type<Recurrence>(),
    // The post a recurring occurrence was copied from.
    recurrenceOf: uuid('recurrence_of'),
    source: text('source', { enum: postSources }).notNull().default('composer'),
    // What the source knows the post by (a feed entry's guid, a CSV row), unique per source.
    sourceRef: text('source_ref'),
    // Bumped on every change to what would be published; approvals are for one revision.
    revision: integer('revision').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('posts_workspace_time').on(t.workspaceId, t.scheduledAt),
    index('posts_workspace_created').on(t.workspaceId, t.createdAt.desc(), t.id.desc()),
    index('posts_campaign').on(t.campaignId),
    uniqueIndex('posts_source_ref').on(t.workspaceId, t.source, t.sourceRef).where(sql`${t.sourceRef} is not null`),
  ],
);

export const postTargets = pgTable(
  'post_targets',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    postId: uuid('post_id').notNull().references(() => posts.id, { onDelete: 'cascade' }),
    channelId: uuid('channel_id').notNull().references(() => channels.id, { onDelete: 'cascade' }),
    // The variant: null means "as the post". Settings are the connector's post settings.
    text: text('text'),
    media: jsonb('media').$type<AttachedMedia[]>(),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
    // Sent to the network with every attempt; never reused by another target.
    idempotencyKey: text('idempotency_key').notNull(),
    state: text('state', { enum: targetStates }).notNull().default('pending'),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
    // Each claim by a worker: attempts counts them, claim_token names the holder of the current one.
    attempts: smallint('attempts').notNull().default(0),
    claimToken: text('claim_token'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    // Set when an attempt may have reached the network: the next one looks the post up first.
    outcomeUnknown: timestamp('outcome_unknown_since', { withTimezone: true }),
    externalId: text('external_id'),
    url: text('url'),
    // Ids of the thread's later parts and the first comment, as each is published (a resumed
    // attempt continues after the last one stored).
    partIds: jsonb('part_ids').$type<string[]>().notNull().default([]),
    errorKind: text('error_kind'),
    errorReason: text('error_reason'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    // Hand-off: replies to the published post are gathered by the inbox until then.
    watchRepliesUntil: timestamp('watch_replies_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('post_targets_post_channel').on(t.postId, t.channelId),
    uniqueIndex('post_targets_idempotency').on(t.idempotencyKey),
    // The sweep: due scheduled targets and stale claims.
    index('post_targets_due').on(t.state, t.scheduledAt).where(sql`${t.state} in ('scheduled', 'publishing')`),
    // Daily caps and rate limits: a channel's targets around a time.
    index('post_targets_channel_time').on(t.channelId, t.scheduledAt),
    index('post_targets_watch').on(t.channelId, t.watchRepliesUntil).where(sql`${t.externalId} is not null`),
    index('post_targets_workspace').on(t.workspaceId, t.postId),
  ],
);

/** Internal discussion on a post, never published. */
export const postComments = pgTable(
  'post_comments',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    postId: uuid('post_id').notNull().references(() => posts.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('post_comments_post').on(t.postId, t.createdAt)],
);

export const postTemplates = pgTable(
  'post_templates',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    text: text('text').notNull().default(''),
    labels: text('labels').array().notNull().default(sql`'{}'::text[]`),
    channelIds: uuid('channel_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('post_templates_name').on(t.workspaceId, sql`lower(${t.name})`)],
);

/**
 * Approval steps, in order. Steps with channel_id null apply to every post of the workspace;
 * a channel's own steps are added for posts that target it. No step at all: no approval needed.
 */
export const approvalSteps = pgTable(
  'approval_steps',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    channelId: uuid('channel_id').references(() => channels.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    name: text('name').notNull(),
    // 'any': one of the approvers is enough; 'all': every one of them must approve.
    mode: text('mode', { enum: ['any', 'all'] }).notNull().default('any'),
    approverIds: uuid('approver_ids').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('approval_steps_workspace').on(t.workspaceId, t.channelId, t.position)],
);

/** Each approver's decision on one revision of a post. */
export const postApprovals = pgTable(
  'post_approvals',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    postId: uuid('post_id').notNull().references(() => posts.id, { onDelete: 'cascade' }),
    stepId: uuid('step_id').references(() => approvalSteps.id, { onDelete: 'set null' }),
    revision: integer('revision').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    decision: text('decision', { enum: ['approved', 'changes_requested'] }).notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('post_approvals_post').on(t.postId, t.revision)],
);

/** A channel's weekly queue: "add to queue" takes the next free slot, in the workspace's time zone. */
export const queueSlots = pgTable(
  'queue_slots',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    channelId: uuid('channel_id').notNull().references(() => channels.id, { onDelete: 'cascade' }),
    // 0 = Monday ... 6 = Sunday; minutes after local midnight.
    weekday: smallint('weekday').notNull(),
    minuteOfDay: smallint('minute_of_day').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('queue_slots_unique').on(t.channelId, t.weekday, t.minuteOfDay)],
);
