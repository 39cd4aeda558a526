// Uploaded images and videos. The bytes live in storage (DATA_DIR/uploads by default, or an
// S3-compatible bucket) under storage_key; this row is what Tandem knows about them.
import { index, integer, pgTable, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users, workspaces } from './workspaces.ts';

export const media = pgTable(
  'media',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    bytes: integer('bytes').notNull(),
    width: integer('width'),
    height: integer('height'),
    durationSeconds: real('duration_seconds'),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    // The default description; a post can give its own per use.
    altText: text('alt_text'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('media_workspace').on(t.workspaceId, t.createdAt.desc())],
);
