// The inbox triage API's shapes (src/http/routes/inbox.ts, inbox-settings.ts): a conversation as
// the list shows it, the conversation view, the changes a teammate makes, the settings.
import { z } from '@hono/zod-openapi';
import { builtinStatuses, inboxHats, intents, messageKinds, priorities, sendStates, sentiments } from '../../core/inbox/vocabulary.ts';
import { timestamp, uuid } from '../openapi.ts';

/** A time in, as an ISO instant with its offset. */
export const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
export const statusSchema = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/).openapi({ description: `A built-in status (${builtinStatuses.join(', ')}) or one of the workspace's own`, example: 'open' });
const tag = z.string().trim().min(1).max(50);

export const slaSchema = z
  .object({
    state: z.enum(['ok', 'warning', 'breached', 'none']).openapi({ description: 'Against the next target still to meet: warning within the policy\'s warning window, breached once due' }),
    dueAt: timestamp.nullable(),
    kind: z.enum(['first_response', 'next_response', 'resolution']).nullable(),
    firstResponseDueAt: timestamp.nullable(),
    nextResponseDueAt: timestamp.nullable(),
    resolutionDueAt: timestamp.nullable(),
  })
  .openapi('ConversationSla');

export const conversationSummarySchema = z
  .object({
    id: uuid,
    channelId: uuid,
    hat: z.enum(inboxHats),
    status: z.string(),
    priority: z.enum(priorities),
    subject: z.string().nullable(),
    tags: z.array(z.string()),
    sentiment: z.enum(sentiments).nullable().openapi({ description: 'Of the latest inbound message' }),
    intents: z.array(z.enum(intents)),
    unreadCount: z.number().int(),
    assigneeId: uuid.nullable(),
    assignee: z.object({ id: uuid, name: z.string() }).nullable(),
    person: z.object({ id: uuid, displayName: z.string(), avatarUrl: z.string().nullable(), handle: z.string().nullable().openapi({ description: "Their handle on this channel's network when known, else another" }) }).nullable(),
    channel: z.object({ id: uuid, network: z.string(), displayName: z.string() }),
    lastMessage: z.object({ text: z.string().openapi({ description: 'The first 200 characters' }), kind: z.enum(messageKinds), occurredAt: timestamp }).nullable(),
    postTargetId: uuid.nullable().openapi({ description: 'The published post this conversation answers, if any' }),
    lastMessageAt: timestamp,
    lastInboundAt: timestamp.nullable(),
    waitingSince: timestamp.nullable(),
    snoozedUntil: timestamp.nullable(),
    resolvedAt: timestamp.nullable(),
    createdAt: timestamp,
    sla: slaSchema,
  })
  .openapi('ConversationSummary');

export const listQuerySchema = z.object({
  status: statusSchema.optional(),
  hat: z.enum(inboxHats).optional(),
  assignee: z
    .string()
    .refine((s) => s === 'me' || s === 'unassigned' || uuid.safeParse(s).success, 'me, unassigned or a user id')
    .optional()
    .openapi({ description: 'me, unassigned or a user id' }),
  channelId: uuid.optional(),
  personId: uuid.optional(),
  tag: tag.optional(),
  sentiment: z.enum(sentiments).optional(),
  priority: z.enum(priorities).optional(),
  unread: z.enum(['true', 'false']).optional().openapi({ description: 'true: only conversations with unread inbound messages' }),
  q: z.string().max(200).optional().openapi({ description: "Text in the subject, the person's name or the last message; each page reads at most 500 conversations of the view, so a page may hold fewer matches (even none) and still carry a cursor" }),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const countsSchema = z
  .object({
    cap: z.number().int().openapi({ description: 'Counting stops here: a count in `capped` means "cap+"' }),
    status: z.string().openapi({ description: 'The status mine, unassigned, unread and byHat are counted in' }),
    hat: z.enum(inboxHats).nullable(),
    byStatus: z.record(z.string(), z.number().int()),
    mine: z.number().int().nullable().openapi({ description: 'Null for an API token' }),
    unassigned: z.number().int(),
    unread: z.number().int(),
    byHat: z.record(z.enum(inboxHats), z.number().int()),
    capped: z.array(z.string()).openapi({ description: 'The counts at the cap, as paths: byStatus.open, unassigned, byHat.social ...' }),
  })
  .openapi('InboxCounts');

const messageAuthor = z
  .object({ type: z.enum(['person', 'user', 'unknown']), id: uuid.nullable(), name: z.string(), handle: z.string().nullable(), avatarUrl: z.string().nullable() })
  .openapi('MessageAuthor');

export const threadMessageSchema = z
  .object({
    id: uuid,
    channelId: uuid,
    kind: z.enum(messageKinds),
    text: z.string(),
    externalId: z.string().nullable(),
    inReplyTo: z.string().nullable().openapi({ description: "The network id of the message answered, as the network gives it" }),
    parentId: uuid.nullable().openapi({ description: 'The message of this page whose externalId is inReplyTo, to nest the thread' }),
    url: z.string().nullable(),
    sentiment: z.enum(sentiments).nullable(),
    sentimentScore: z.number().nullable(),
    language: z.string().nullable(),
    intents: z.array(z.string()),
    mentions: z.array(uuid),
    sendState: z.enum(sendStates).nullable(),
    sendAt: timestamp.nullable(),
    errorReason: z.string().nullable(),
    occurredAt: timestamp,
    createdAt: timestamp,
    author: messageAuthor,
  })
  .openapi('ThreadMessage');

export const conversationDetailSchema = z
  .object({
    conversation: conversationSummarySchema.extend({ mergedIntoId: uuid.nullable(), firstResponseAt: timestamp.nullable(), slaPolicyId: uuid.nullable(), threadKey: z.string() }),
    messages: z.array(threadMessageSchema).openapi({ description: 'The latest page of the thread, oldest first' }),
    earlierCursor: z.string().nullable().openapi({ description: 'Pass as `before` to read the page before' }),
    events: z.array(z.object({ id: uuid, type: z.string(), userId: uuid.nullable(), data: z.record(z.string(), z.unknown()), occurredAt: timestamp })).openapi({ description: 'Triage history: assigned, status_changed, snoozed, woke, merged ...' }),
    channel: z.object({
      id: uuid,
      network: z.string(),
      displayName: z.string(),
      accountHandle: z.string().nullable(),
      status: z.string(),
      health: z.string(),
      inboxHat: z.enum(inboxHats),
      limits: z.unknown().openapi({ description: "The account's limits (AccountLimits): the reply box counts against them" }),
      capabilities: z.array(z.string()),
    }),
  })
  .openapi('ConversationDetail');

export const patchSchema = z
  .object({
    status: statusSchema.optional(),
    priority: z.enum(priorities).optional(),
    tagsAdd: z.array(tag).max(30).optional(),
    tagsRemove: z.array(tag).max(30).optional(),
    assigneeId: uuid.nullable().optional().openapi({ description: 'A member whose role may reply; null unassigns' }),
    snoozedUntil: instant.nullable().optional().openapi({ description: 'A future time snoozes (status snoozed); null wakes it' }),
  })
  .strict()
  .openapi('ConversationPatch');

export const mergeSchema = z.object({ intoConversationId: uuid }).openapi('ConversationMerge');

export const settingsSchema = z
  .object({
    postRepliesHat: z.enum(inboxHats).openapi({ description: 'Hand-off: where replies to a published post land' }),
    customStatuses: z.array(z.string()).openapi({ description: 'Lowercase slugs beside the built-in statuses' }),
    autoAssign: z.boolean(),
    defaultOpenCap: z.number().int(),
    updatedAt: timestamp.nullable(),
  })
  .openapi('InboxSettings');

export const settingsInputSchema = z
  .object({
    postRepliesHat: z.enum(inboxHats),
    customStatuses: z.array(z.string().max(40)).max(20),
    autoAssign: z.boolean(),
    defaultOpenCap: z.number().int().min(1).max(10_000),
  })
  .partial()
  .strict()
  .openapi('InboxSettingsInput');
