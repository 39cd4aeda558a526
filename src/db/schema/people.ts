// One record per human across networks, the identities that point at it, and the append-only
// activity log everything else is derived from. Indexes assume 1M people and 10M activities
// per workspace: every list is served by a (workspace_id, ...) index in its sort order.
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { channels } from './channels.ts';
import { users } from './workspaces.ts';
import { workspaces } from './workspaces.ts';

/**
 * A handle reduced to what people recognise across networks: lowercase, no leading @, the part
 * before the first @ or dot. Queries must use this same expression to hit identities_handle_key;
 * src/core/people/merge-rules.ts does the same in JavaScript.
 */
export const handleKey = (handle: AnyColumn | SQL) => sql`split_part(split_part(ltrim(lower(${handle}), '@'), '@', 1), '.', 1)`;

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    displayName: text('display_name').notNull(),
    email: text('email'),
    avatarUrl: text('avatar_url'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    customFields: jsonb('custom_fields').$type<Record<string, unknown>>().notNull().default({}),
    // Fields a person edited by hand; sync never overwrites them.
    manualFields: text('manual_fields').array().notNull().default(sql`'{}'::text[]`),
    isStaff: boolean('is_staff').notNull().default(false),
    // Set when merged into another person (journalled in person_merges, undone by unmerge).
    mergedIntoId: uuid('merged_into_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('people_workspace_created').on(t.workspaceId, t.createdAt.desc(), t.id.desc()),
    // Pattern opclasses so prefix searches (lower(x) like 'ada%') use the index under any collation.
    index('people_workspace_name').on(t.workspaceId, sql`lower(${t.displayName}) text_pattern_ops`),
    index('people_workspace_email').on(t.workspaceId, sql`lower(${t.email}) text_pattern_ops`),
    // Directory search by the start of any word of the name ("hop" finds "Grace Hopper").
    index('people_name_words').using('gin', sql`to_tsvector('simple', ${t.displayName})`),
    index('people_tags').using('gin', t.tags),
  ],
);

export const identities = pgTable(
  'identities',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    network: text('network').notNull(),
    externalId: text('external_id').notNull(),
    handle: text('handle'),
    verified: boolean('verified').notNull().default(false),
    // What the network's profile says, for merge suggestions (same e-mail, same URL, similar name).
    displayName: text('display_name'),
    email: text('email'),
    profileUrls: text('profile_urls').array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One external account maps to exactly one identity, hence one person, per workspace.
    uniqueIndex('identities_network_external').on(t.workspaceId, t.network, t.externalId),
    index('identities_person').on(t.workspaceId, t.personId),
    index('identities_handle').on(t.workspaceId, t.network, sql`lower(${t.handle})`),
    index('identities_handle_any_network').on(t.workspaceId, sql`lower(${t.handle}) text_pattern_ops`),
    // The handle without @ and domain ("@ada@mastodon.social", "ada.bsky.social" -> "ada"): same-handle merge suggestions.
    index('identities_handle_key').on(t.workspaceId, handleKey(t.handle)).where(sql`${t.handle} is not null`),
    index('identities_email').on(t.workspaceId, sql`lower(${t.email}) text_pattern_ops`).where(sql`${t.email} is not null`),
    index('identities_urls').using('gin', t.profileUrls),
  ],
);

export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    channelId: uuid('channel_id').notNull().references(() => channels.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    externalId: text('external_id').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('activities_dedup').on(t.channelId, t.type, t.externalId),
    index('activities_person_time').on(t.workspaceId, t.personId, t.occurredAt.desc()),
    index('activities_workspace_time').on(t.workspaceId, t.occurredAt.desc()),
  ],
);

/** A teammate's note on a person (not sent anywhere). */
export const personNotes = pgTable(
  'person_notes',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('person_notes_person').on(t.workspaceId, t.personId, t.createdAt.desc())],
);

/** Two people who may be one, with the rules that say so; a teammate merges or dismisses. */
export const mergeSuggestions = pgTable(
  'merge_suggestions',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    // The pair in a fixed order (person_id < other_person_id), so it is suggested once.
    personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    otherPersonId: uuid('other_person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    // [{ rule: 'same_email' | 'same_url' | 'same_handle' | 'similar_name', detail, confidence }]
    reasons: jsonb('reasons').$type<{ rule: string; detail: string; confidence: number }[]>().notNull(),
    confidence: real('confidence').notNull(),
    status: text('status', { enum: ['pending', 'merged', 'dismissed'] }).notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('merge_suggestions_pair').on(t.workspaceId, t.personId, t.otherPersonId),
    index('merge_suggestions_queue').on(t.workspaceId, t.status, t.confidence.desc()),
    // The pair is stored in id order, so a person may sit on either side: index both.
    index('merge_suggestions_other').on(t.workspaceId, t.otherPersonId),
  ],
);

/** The merge journal: what moved from the merged person to the kept one, so unmerge can move it back. */
export const personMerges = pgTable(
  'person_merges',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    keptPersonId: uuid('kept_person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    mergedPersonId: uuid('merged_person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    // { identityIds, activityIds, conversationIds, messageIds, noteIds, keptBefore: {tags, customFields ...} }
    moved: jsonb('moved').$type<Record<string, unknown>>().notNull(),
    suggestionId: uuid('suggestion_id'),
    mergedBy: uuid('merged_by').references(() => users.id, { onDelete: 'set null' }),
    mergedAt: timestamp('merged_at', { withTimezone: true }).notNull(),
    unmergedBy: uuid('unmerged_by').references(() => users.id, { onDelete: 'set null' }),
    unmergedAt: timestamp('unmerged_at', { withTimezone: true }),
  },
  (t) => [index('person_merges_kept').on(t.workspaceId, t.keptPersonId, t.mergedAt.desc()), index('person_merges_merged').on(t.workspaceId, t.mergedPersonId, t.mergedAt.desc())],
);
