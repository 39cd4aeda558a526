// Bulk and automatic posting: CSV imports (with their dry-run report and progress) and rules that
// turn a feed channel's new entries into posts on other channels.
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { channels } from './channels.ts';
import { users, workspaces } from './workspaces.ts';

export type ImportRowError = { row: number; field: string; code: string; message: string };

export const postImports = pgTable(
  'post_imports',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    fileName: text('file_name').notNull(),
    // dry_run: checked only; running: rows being created; done or failed.
    state: text('state', { enum: ['dry_run', 'queued', 'running', 'done', 'failed'] }).notNull(),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    createdPosts: integer('created_posts').notNull().default(0),
    errors: jsonb('errors').$type<ImportRowError[]>().notNull().default([]),
    // The parsed rows waiting to be created, so the job needs no upload of its own.
    rows: jsonb('rows').$type<Record<string, string>[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('post_imports_workspace').on(t.workspaceId, t.createdAt.desc())],
);

export const feedRules = pgTable(
  'feed_rules',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    feedChannelId: uuid('feed_channel_id').notNull().references(() => channels.id, { onDelete: 'cascade' }),
    targetChannelIds: uuid('target_channel_ids').array().notNull(),
    // "{title} {url}": the entry's fields fill the template.
    template: text('template').notNull(),
    // queue: next free slot of each channel; draft: left for a person to review.
    mode: text('mode', { enum: ['queue', 'draft'] }).notNull().default('queue'),
    labels: text('labels').array().notNull().default(sql`'{}'::text[]`),
    enabled: boolean('enabled').notNull().default(true),
    // Entries older than this are not posted (the feed's back catalogue on first read).
    since: timestamp('since', { withTimezone: true }).notNull(),
    cursor: text('cursor'),
    lastRunAt: timestamp('last_run_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('feed_rules_workspace').on(t.workspaceId), index('feed_rules_feed').on(t.feedChannelId)],
);
