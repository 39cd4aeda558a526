// One record per human across networks, the identities that point at it, and the append-only
// activity log everything else is derived from. Indexes assume 1M people and 10M activities
// per workspace: every list is served by a (workspace_id, ...) index in its sort order.
import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { channels } from './channels.ts';
import { workspaces } from './workspaces.ts';

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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('people_workspace_created').on(t.workspaceId, t.createdAt.desc(), t.id.desc()),
    index('people_workspace_name').on(t.workspaceId, sql`lower(${t.displayName})`),
    index('people_workspace_email').on(t.workspaceId, sql`lower(${t.email})`),
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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One external account maps to exactly one identity, hence one person, per workspace.
    uniqueIndex('identities_network_external').on(t.workspaceId, t.network, t.externalId),
    index('identities_person').on(t.workspaceId, t.personId),
    index('identities_handle').on(t.workspaceId, t.network, sql`lower(${t.handle})`),
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
