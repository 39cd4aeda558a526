// A connected account on a network. The connectors issue fills in the behaviour; the columns
// are here so that people, activities and audit can already point at a channel.
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from './workspaces.ts';

export const channelHealth = ['ok', 'needs_reconnect', 'rate_limited', 'failing'] as const;

export const channels = pgTable(
  'channels',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    network: text('network').notNull(),
    displayName: text('display_name').notNull(),
    // AES-256-GCM ciphertext, see src/crypto/secrets.ts; never the plain credentials.
    credentials: text('credentials'),
    limits: jsonb('limits').notNull().default({}),
    health: text('health', { enum: channelHealth }).notNull().default('ok'),
    healthReason: text('health_reason'),
    rateLimitedUntil: timestamp('rate_limited_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('channels_workspace').on(t.workspaceId, t.createdAt)],
);
