// Who changed what, when, with the state before and after.
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from './workspaces.ts';

export const actorTypes = ['user', 'token', 'system'] as const;

export const auditEntries = pgTable(
  'audit_entries',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    actorType: text('actor_type', { enum: actorTypes }).notNull(),
    actorId: text('actor_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_workspace_time').on(t.workspaceId, t.createdAt.desc(), t.id.desc()),
    index('audit_workspace_action').on(t.workspaceId, t.action, t.createdAt.desc()),
    index('audit_workspace_target').on(t.workspaceId, t.targetType, t.targetId),
  ],
);
