// What a workspace backup holds, in the order a restore must insert it (parents before
// children), and what it leaves out on purpose (`notBackedUp`, with the reason).
import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  activities,
  apiTokens,
  approvalSteps,
  auditEntries,
  campaigns,
  channels,
  conversationEvents,
  conversations,
  inboxRules,
  inboxSettings,
  mergeSuggestions,
  messages,
  personMerges,
  personNotes,
  savedReplies,
  slaPolicies,
  workloadSnapshots,
  feedRules,
  linkClicks,
  links,
  media,
  notifications,
  postApprovals,
  postComments,
  postImports,
  posts,
  postTargets,
  postTemplates,
  queueSlots,
  identities,
  inboundEvents,
  invitations,
  memberships,
  outboundWebhooks,
  people,
  users,
  webhookDeliveries,
  workspaces,
} from '../../schema/index.ts';

export type BackupTable = {
  name: string;
  table: PgTable;
  /** Rows of this table that belong to the workspace; `t` is the table's alias. */
  belongsTo(workspaceId: string): SQL;
  /** Columns pointing at rows that must sit in the same workspace, checked after a restore. */
  sameWorkspaceRefs?: { column: string; table: string }[];
};

const byWorkspace = (workspaceId: string) => sql`t.workspace_id = ${workspaceId}::uuid`;

export const backupTables: BackupTable[] = [
  { name: 'workspaces', table: workspaces, belongsTo: (id) => sql`t.id = ${id}::uuid` },
  {
    // Members, plus whoever invited someone or created a token, so no reference dangles.
    name: 'users',
    table: users,
    belongsTo: (id) => sql`t.id in (
      select user_id from memberships where workspace_id = ${id}::uuid
      union select invited_by from invitations where workspace_id = ${id}::uuid and invited_by is not null
      union select created_by from api_tokens where workspace_id = ${id}::uuid and created_by is not null
      union select author_id from posts where workspace_id = ${id}::uuid and author_id is not null
      union select author_id from post_comments where workspace_id = ${id}::uuid and author_id is not null
      union select created_by from post_templates where workspace_id = ${id}::uuid and created_by is not null
      union select user_id from post_approvals where workspace_id = ${id}::uuid and user_id is not null
      union select uploaded_by from media where workspace_id = ${id}::uuid and uploaded_by is not null
      union select created_by from post_imports where workspace_id = ${id}::uuid and created_by is not null
      union select user_id from notifications where workspace_id = ${id}::uuid
      union select assignee_id from conversations where workspace_id = ${id}::uuid and assignee_id is not null
      union select user_id from messages where workspace_id = ${id}::uuid and user_id is not null
      union select user_id from conversation_events where workspace_id = ${id}::uuid and user_id is not null
      union select created_by from saved_replies where workspace_id = ${id}::uuid and created_by is not null
      union select author_id from person_notes where workspace_id = ${id}::uuid and author_id is not null
      union select decided_by from merge_suggestions where workspace_id = ${id}::uuid and decided_by is not null
      union select merged_by from person_merges where workspace_id = ${id}::uuid and merged_by is not null
      union select unmerged_by from person_merges where workspace_id = ${id}::uuid and unmerged_by is not null
      union select user_id from workload_snapshots where workspace_id = ${id}::uuid)`,
  },
  { name: 'memberships', table: memberships, belongsTo: byWorkspace },
  { name: 'invitations', table: invitations, belongsTo: byWorkspace },
  { name: 'api_tokens', table: apiTokens, belongsTo: byWorkspace },
  { name: 'channels', table: channels, belongsTo: byWorkspace },
  { name: 'people', table: people, belongsTo: byWorkspace },
  { name: 'identities', table: identities, belongsTo: byWorkspace, sameWorkspaceRefs: [{ column: 'person_id', table: 'people' }] },
  {
    name: 'activities',
    table: activities,
    belongsTo: byWorkspace,
    sameWorkspaceRefs: [
      { column: 'person_id', table: 'people' },
      { column: 'channel_id', table: 'channels' },
    ],
  },
  { name: 'inbound_events', table: inboundEvents, belongsTo: byWorkspace, sameWorkspaceRefs: [{ column: 'channel_id', table: 'channels' }] },
  { name: 'outbound_webhooks', table: outboundWebhooks, belongsTo: byWorkspace },
  { name: 'webhook_deliveries', table: webhookDeliveries, belongsTo: byWorkspace, sameWorkspaceRefs: [{ column: 'webhook_id', table: 'outbound_webhooks' }] },
  { name: 'campaigns', table: campaigns, belongsTo: byWorkspace },
  { name: 'media', table: media, belongsTo: byWorkspace },
  { name: 'posts', table: posts, belongsTo: byWorkspace, sameWorkspaceRefs: [{ column: 'campaign_id', table: 'campaigns' }] },
  {
    name: 'post_targets',
    table: postTargets,
    belongsTo: byWorkspace,
    sameWorkspaceRefs: [
      { column: 'post_id', table: 'posts' },
      { column: 'channel_id', table: 'channels' },
    ],
  },
  { name: 'post_comments', table: postComments, belongsTo: byWorkspace, sameWorkspaceRefs: [{ column: 'post_id', table: 'posts' }] },
  { name: 'post_templates', table: postTemplates, belongsTo: byWorkspace },
  { name: 'approval_steps', table: approvalSteps, belongsTo: byWorkspace, sameWorkspaceRefs: [{ column: 'channel_id', table: 'channels' }] },
  { name: 'post_approvals', table: postApprovals, belongsTo: byWorkspace, sameWorkspaceRefs: [{ column: 'post_id', table: 'posts' }] },
  { name: 'queue_slots', table: queueSlots, belongsTo: byWorkspace, sameWorkspaceRefs: [{ column: 'channel_id', table: 'channels' }] },
  { name: 'links', table: links, belongsTo: byWorkspace, sameWorkspaceRefs: [{ column: 'campaign_id', table: 'campaigns' }] },
  { name: 'link_clicks', table: linkClicks, belongsTo: byWorkspace, sameWorkspaceRefs: [{ column: 'link_id', table: 'links' }] },
  { name: 'notifications', table: notifications, belongsTo: byWorkspace },
  { name: 'post_imports', table: postImports, belongsTo: byWorkspace },
  { name: 'feed_rules', table: feedRules, belongsTo: byWorkspace, sameWorkspaceRefs: [{ column: 'feed_channel_id', table: 'channels' }] },
  { name: 'person_notes', table: personNotes, belongsTo: byWorkspace, sameWorkspaceRefs: [{ column: 'person_id', table: 'people' }] },
  {
    name: 'merge_suggestions',
    table: mergeSuggestions,
    belongsTo: byWorkspace,
    sameWorkspaceRefs: [
      { column: 'person_id', table: 'people' },
      { column: 'other_person_id', table: 'people' },
    ],
  },
  {
    name: 'person_merges',
    table: personMerges,
    belongsTo: byWorkspace,
    sameWorkspaceRefs: [
      { column: 'kept_person_id', table: 'people' },
      { column: 'merged_person_id', table: 'people' },
    ],
  },
  {
    name: 'conversations',
    table: conversations,
    belongsTo: byWorkspace,
    sameWorkspaceRefs: [
      { column: 'channel_id', table: 'channels' },
      { column: 'person_id', table: 'people' },
      { column: 'post_target_id', table: 'post_targets' },
    ],
  },
  {
    name: 'messages',
    table: messages,
    belongsTo: byWorkspace,
    sameWorkspaceRefs: [
      { column: 'conversation_id', table: 'conversations' },
      { column: 'channel_id', table: 'channels' },
      { column: 'person_id', table: 'people' },
    ],
  },
  { name: 'conversation_events', table: conversationEvents, belongsTo: byWorkspace, sameWorkspaceRefs: [{ column: 'conversation_id', table: 'conversations' }] },
  { name: 'saved_replies', table: savedReplies, belongsTo: byWorkspace },
  { name: 'inbox_rules', table: inboxRules, belongsTo: byWorkspace },
  { name: 'sla_policies', table: slaPolicies, belongsTo: byWorkspace },
  { name: 'inbox_settings', table: inboxSettings, belongsTo: byWorkspace },
  { name: 'workload_snapshots', table: workloadSnapshots, belongsTo: byWorkspace },
  { name: 'audit_entries', table: auditEntries, belongsTo: byWorkspace },
];

/** Tables a backup leaves out, and why; every other table of the schema must be backed up. */
export const notBackedUp: Record<string, string> = {
  sessions: 'short-lived, and a restored file must not sign anyone in',
  login_failures: 'short-lived counters, not about the workspace',
  conversation_presence: 'who is looking at a conversation right now: stale within seconds',
  channel_cursors: 'read positions: after a restore connectors read again, and the activity log stores nothing twice',
};

export const backupTableNames = backupTables.map((t) => t.name);

// The names above are written by hand for readability; make sure they match the schema.
for (const t of backupTables) {
  if (getTableName(t.table) !== t.name) throw new Error(`backup table ${t.name} is named ${getTableName(t.table)} in the schema`);
}

/** A column as a backup line carries it: its SQL name and the kind of JSON value to expect. */
export type BackupColumn = {
  name: string;
  kind: 'uuid' | 'text' | 'timestamp' | 'date' | 'boolean' | 'integer' | 'number' | 'jsonb' | 'text[]' | 'uuid[]';
  /** For text columns limited to a set of values. */
  enumValues?: string[];
  notNull: boolean;
};

// Derived from the Drizzle columns, so a new column is covered the day it lands; an unknown
// column type stops the process rather than letting it through unchecked.
function kindOf(column: PgColumn): BackupColumn['kind'] {
  switch (column.columnType) {
    case 'PgUUID':
      return 'uuid';
    case 'PgText':
      return 'text';
    case 'PgTimestamp':
      return 'timestamp';
    case 'PgBoolean':
      return 'boolean';
    // bigint in "number" mode: to_jsonb writes it as a JSON number, exact up to 2^53.
    case 'PgInteger':
    case 'PgSmallInt':
    case 'PgBigInt53':
      return 'integer';
    case 'PgReal':
      return 'number';
    case 'PgDateString':
      return 'date';
    case 'PgJsonb':
      return 'jsonb';
    case 'PgArray': {
      const element = (column as PgColumn & { baseColumn?: PgColumn }).baseColumn?.columnType;
      if (element === 'PgText') return 'text[]';
      if (element === 'PgUUID') return 'uuid[]';
      throw new Error(`backup: no validation for arrays of ${element} (${column.name})`);
    }
    default:
      throw new Error(`backup: no validation for column type ${column.columnType} (${column.name})`);
  }
}

/** Each backed-up table's columns by their SQL name. */
export const backupColumns: ReadonlyMap<string, BackupColumn[]> = new Map(
  backupTables.map((t) => [
    t.name,
    (Object.values(getTableColumns(t.table)) as PgColumn[]).map((c) => ({
      name: c.name,
      kind: kindOf(c),
      enumValues: c.enumValues?.length ? c.enumValues : undefined,
      notNull: c.notNull,
    })),
  ]),
);
