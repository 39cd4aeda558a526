// The unified inbox: conversations (a thread on a channel) and their messages (inbound, replies
// sent through the channel, internal notes), plus what runs the team's triage: saved replies,
// rules, SLA policies, the events SLA reports sum, per-person presence and workload snapshots.
// Lists assume 1M conversations per workspace: each view is served by a (workspace_id, ...) index
// in its sort order, newest activity first.
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { inboxHats, messageKinds, priorities, sendStates } from '../../core/inbox/vocabulary.ts';
import { channels } from './channels.ts';
import { people } from './people.ts';
import { postTargets } from './publishing.ts';
import { users, workspaces } from './workspaces.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    channelId: uuid('channel_id').notNull().references(() => channels.id, { onDelete: 'cascade' }),
    // How ingestion finds the conversation again: a network thread, a published post, a DM partner.
    threadKey: text('thread_key').notNull(),
    hat: text('hat', { enum: inboxHats }).notNull(),
    // open, pending, snoozed, resolved, or one of the workspace's own statuses (inbox_settings).
    status: text('status').notNull().default('open'),
    priority: text('priority', { enum: priorities }).notNull().default('none'),
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    // Who started it; a published post's conversation holds many authors, each on their message.
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    postTargetId: uuid('post_target_id').references(() => postTargets.id, { onDelete: 'set null' }),
    subject: text('subject'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    // The latest inbound message's scores, for the sentiment and intent filters.
    sentiment: text('sentiment'),
    intents: text('intents').array().notNull().default(sql`'{}'::text[]`),
    // Inbound messages no teammate has opened yet.
    unreadCount: integer('unread_count').notNull().default(0),
    lastMessageAt: at('last_message_at').notNull(),
    lastInboundAt: at('last_inbound_at'),
    // Set while the person waits for an answer: the first unanswered inbound message's time.
    waitingSince: at('waiting_since'),
    firstResponseAt: at('first_response_at'),
    snoozedUntil: at('snoozed_until'),
    resolvedAt: at('resolved_at'),
    mergedIntoId: uuid('merged_into_id'),
    slaPolicyId: uuid('sla_policy_id'),
    firstResponseDueAt: at('first_response_due_at'),
    nextResponseDueAt: at('next_response_due_at'),
    resolutionDueAt: at('resolution_due_at'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('conversations_thread').on(t.channelId, t.threadKey),
    index('conversations_status').on(t.workspaceId, t.status, t.lastMessageAt.desc(), t.id.desc()),
    index('conversations_hat').on(t.workspaceId, t.hat, t.status, t.lastMessageAt.desc(), t.id.desc()),
    index('conversations_assignee').on(t.workspaceId, t.assigneeId, t.status, t.lastMessageAt.desc(), t.id.desc()),
    index('conversations_channel').on(t.workspaceId, t.channelId, t.status, t.lastMessageAt.desc(), t.id.desc()),
    // Views across every status (all, a hat, the unassigned, a tag ...) walk this one in list order.
    index('conversations_recent').on(t.workspaceId, t.lastMessageAt.desc(), t.id.desc()).where(sql`${t.mergedIntoId} is null`),
    // The unread view and its count, within a status.
    index('conversations_unread').on(t.workspaceId, t.status, t.lastMessageAt.desc(), t.id.desc()).where(sql`${t.unreadCount} > 0 and ${t.mergedIntoId} is null`),
    // Merging into a conversation repoints those merged into the source (no chains).
    index('conversations_merged').on(t.mergedIntoId).where(sql`${t.mergedIntoId} is not null`),
    index('conversations_person').on(t.workspaceId, t.personId, t.lastMessageAt.desc()),
    index('conversations_tags').using('gin', t.tags),
    index('conversations_snoozed').on(t.snoozedUntil).where(sql`${t.status} = 'snoozed'`),
    index('conversations_sla_due').on(t.workspaceId, t.firstResponseDueAt, t.nextResponseDueAt, t.resolutionDueAt).where(sql`${t.slaPolicyId} is not null and ${t.resolvedAt} is null`),
  ],
);

export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id').notNull().references(() => conversations.id, { onDelete: 'cascade' }),
    channelId: uuid('channel_id').notNull().references(() => channels.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: messageKinds }).notNull(),
    // The network's id (inbound, and a reply once sent); null for notes.
    externalId: text('external_id'),
    inReplyTo: text('in_reply_to'),
    // Inbound: the person and the handle they wrote as. Reply or note: the teammate.
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    authorHandle: text('author_handle'),
    text: text('text').notNull(),
    url: text('url'),
    sentiment: text('sentiment'),
    sentimentScore: real('sentiment_score'),
    language: text('language'),
    intents: text('intents').array().notNull().default(sql`'{}'::text[]`),
    // Notes: the teammates @mentioned.
    mentions: uuid('mentions').array().notNull().default(sql`'{}'::uuid[]`),
    activityId: uuid('activity_id'),
    // Replies: sent now or later, once, under a key of their own.
    sendState: text('send_state', { enum: sendStates }),
    sendAt: at('send_at'),
    idempotencyKey: text('idempotency_key'),
    // The sending attempt's claim (also its fence): a claim older than the lease is presumed dead.
    claimedAt: at('claimed_at'),
    sendAttempts: integer('send_attempts').notNull().default(0),
    // auth_expired, rejected, rate_limited, transient, unknown_outcome: what the last attempt met.
    errorKind: text('error_kind'),
    errorReason: text('error_reason'),
    // "Send and resolve": the conversation is resolved once the reply is on the network.
    resolveOnSend: boolean('resolve_on_send').notNull().default(false),
    occurredAt: at('occurred_at').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('messages_external').on(t.channelId, t.externalId).where(sql`${t.externalId} is not null`),
    uniqueIndex('messages_idempotency').on(t.idempotencyKey).where(sql`${t.idempotencyKey} is not null`),
    index('messages_conversation').on(t.conversationId, t.occurredAt),
    // A person's messages wherever they wrote (other people's threads too): what a people merge moves.
    index('messages_person').on(t.workspaceId, t.personId).where(sql`${t.personId} is not null`),
    index('messages_due').on(t.sendAt).where(sql`${t.sendState} = 'scheduled'`),
    index('messages_sending').on(t.claimedAt).where(sql`${t.sendState} = 'sending'`),
  ],
);

/** Stored once each, so SLA and workload reports are sums: first_response, reply, resolution, sla_warning, sla_breach, assigned ... */
export const conversationEvents = pgTable(
  'conversation_events',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id').notNull().references(() => conversations.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    // Durations in seconds: on the clock and within the policy's business hours.
    valueSeconds: integer('value_seconds'),
    businessSeconds: integer('business_seconds'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    // The same event is stored once: e.g. "sla_breach:first_response:<due at>".
    dedupKey: text('dedup_key'),
    occurredAt: at('occurred_at').notNull(),
  },
  (t) => [
    index('conversation_events_report').on(t.workspaceId, t.type, t.occurredAt),
    index('conversation_events_conversation').on(t.conversationId, t.occurredAt),
    uniqueIndex('conversation_events_dedup').on(t.conversationId, t.dedupKey).where(sql`${t.dedupKey} is not null`),
  ],
);

export const savedReplies = pgTable(
  'saved_replies',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    // Typed after "/" in the reply box.
    shortcut: text('shortcut').notNull(),
    // May hold variables: {{person.name}}, {{agent.name}} ...
    body: text('body').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('saved_replies_shortcut').on(t.workspaceId, sql`lower(${t.shortcut})`)],
);

/** When an inbound message matches `conditions`, apply `actions`; rules run in position order. */
export const inboxRules = pgTable(
  'inbox_rules',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    position: integer('position').notNull().default(0),
    conditions: jsonb('conditions').$type<Record<string, unknown>>().notNull().default({}),
    actions: jsonb('actions').$type<Record<string, unknown>[]>().notNull().default([]),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('inbox_rules_workspace').on(t.workspaceId, t.position)],
);

export const slaPolicies = pgTable(
  'sla_policies',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    // Targets in minutes of business time; null: no target of that kind.
    firstResponseMinutes: integer('first_response_minutes'),
    nextResponseMinutes: integer('next_response_minutes'),
    resolutionMinutes: integer('resolution_minutes'),
    // { timeZone, week: { mon: [["09:00","17:00"]], ... } }; null: around the clock.
    businessHours: jsonb('business_hours').$type<Record<string, unknown>>(),
    // ISO dates (YYYY-MM-DD) in the policy's zone on which the clock stops.
    holidays: text('holidays').array().notNull().default(sql`'{}'::text[]`),
    // Warn this many minutes before a target is breached.
    warnBeforeMinutes: integer('warn_before_minutes').notNull().default(15),
    // The policy new conversations get unless a rule applies another.
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('sla_policies_workspace').on(t.workspaceId), uniqueIndex('sla_policies_default').on(t.workspaceId).where(sql`${t.isDefault}`)],
);

/** One row per workspace; absent means the defaults below. */
export const inboxSettings = pgTable('inbox_settings', {
  id: uuid('id').primaryKey(),
  workspaceId: uuid('workspace_id').notNull().unique().references(() => workspaces.id, { onDelete: 'cascade' }),
  // Hand-off: where replies to a published post land.
  postRepliesHat: text('post_replies_hat', { enum: inboxHats }).notNull().default('community'),
  customStatuses: text('custom_statuses').array().notNull().default(sql`'{}'::text[]`),
  autoAssign: boolean('auto_assign').notNull().default(false),
  // Open conversations a person may hold before round-robin skips them; a member's own cap wins.
  defaultOpenCap: integer('default_open_cap').notNull().default(25),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/** Who is looking at or typing in a conversation; rows older than a few seconds are stale. */
export const conversationPresence = pgTable(
  'conversation_presence',
  {
    conversationId: uuid('conversation_id').notNull().references(() => conversations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    state: text('state', { enum: ['viewing', 'replying'] }).notNull(),
    seenAt: at('seen_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.userId] })],
);

/** Each member's open conversations, taken every few minutes, for the workload chart. */
export const workloadSnapshots = pgTable(
  'workload_snapshots',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    takenAt: at('taken_at').notNull(),
    openCount: integer('open_count').notNull(),
  },
  (t) => [uniqueIndex('workload_snapshots_taken').on(t.workspaceId, t.userId, t.takenAt)],
);
