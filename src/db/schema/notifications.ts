// In-app notifications for one user in one workspace (a post failed, a review is waiting ...).
// emailed_at records the e-mail copy, so a retried job never sends it twice.
import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users, workspaces } from './workspaces.ts';

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    // What it is about, for the link in the app: { postId, targetId ... }.
    subject: jsonb('subject').$type<Record<string, string>>().notNull().default({}),
    // The same event notifies a user once: e.g. "post_failed:<targetId>:<attempt>".
    dedupKey: text('dedup_key').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('notifications_dedup').on(t.userId, t.dedupKey),
    index('notifications_user').on(t.workspaceId, t.userId, t.createdAt.desc()),
    index('notifications_unread').on(t.userId).where(sql`${t.readAt} is null`),
  ],
);
