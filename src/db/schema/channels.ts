// A connected account on a network, and the read positions kept for it. Credentials are sealed
// (src/crypto/secrets.ts); everything a connector needs that is not secret lives in `config`.
import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from './workspaces.ts';

export const channelHealth = ['ok', 'needs_reconnect', 'rate_limited', 'failing'] as const;
export const channelStatus = ['active', 'disconnected'] as const;

export const channels = pgTable(
  'channels',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    network: text('network').notNull(),
    displayName: text('display_name').notNull(),
    // The account on the network (a DID, a user id, an address) and how people know it.
    accountId: text('account_id'),
    accountHandle: text('account_handle'),
    // Non-secret settings validated by the connector's config schema (instance URL, allowed hosts...).
    config: jsonb('config').$type<Record<string, unknown>>().notNull().default({}),
    // AES-256-GCM ciphertext, see src/crypto/secrets.ts; never the plain credentials.
    credentials: text('credentials'),
    credentialsExpireAt: timestamp('credentials_expire_at', { withTimezone: true }),
    // The account's own limits as read from the network; the UI and API read limits only here.
    limits: jsonb('limits').notNull().default({}),
    // The queue the channel's inbound messages land in (replies to published posts follow inbox_settings).
    inboxHat: text('inbox_hat', { enum: ['social', 'community'] }).notNull().default('social'),
    status: text('status', { enum: channelStatus }).notNull().default('active'),
    health: text('health', { enum: channelHealth }).notNull().default('ok'),
    healthReason: text('health_reason'),
    rateLimitedUntil: timestamp('rate_limited_until', { withTimezone: true }),
    lastCheckedAt: timestamp('last_checked_at', { withTimezone: true }),
    disconnectedAt: timestamp('disconnected_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('channels_workspace').on(t.workspaceId, t.createdAt),
    // Connecting the same account again updates its channel instead of adding a twin.
    uniqueIndex('channels_account').on(t.workspaceId, t.network, t.accountId).where(sql`${t.status} = 'active' and ${t.accountId} is not null`),
    index('channels_credentials_expiry').on(t.credentialsExpireAt).where(sql`${t.status} = 'active'`),
  ],
);

/** Where reading a channel's stream (inbox, notifications, feed) stopped; opaque to all but its connector. */
export const channelCursors = pgTable(
  'channel_cursors',
  {
    channelId: uuid('channel_id').notNull().references(() => channels.id, { onDelete: 'cascade' }),
    stream: text('stream').notNull(),
    cursor: text('cursor').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.channelId, t.stream] })],
);
