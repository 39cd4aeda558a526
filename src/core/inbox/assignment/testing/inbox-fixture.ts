// A workspace with members, people, conversations and inbound messages inserted straight into the
// database, for the assignment, rules, SLA and workload tests (ingestion is not needed to test
// what runs after it). Each message comes back as the InboundMessage ingestion would pass on.
import type { Database } from '../../../../db/client.ts';
import { insertWorkspace } from '../../../../db/queries/workspaces.ts';
import type { Role } from '../../../roles.ts';
import { insertTestChannel } from '../../../../testing/test-channel.ts';
import { systemActor, type Clock, type WorkspaceCtx } from '../../../shared/context.ts';
import { newId } from '../../../shared/ids.ts';
import type { InboundMessage } from '../../inbound-message.ts';
import type { InboxHat, Intent, Sentiment } from '../../vocabulary.ts';

export type InboxFixture = {
  database: Database;
  workspaceId: string;
  channelId: string;
  ctx(clock?: Clock): WorkspaceCtx;
  member(name: string, opts?: { role?: Role; hat?: 'social' | 'community' | 'both'; available?: boolean; openCap?: number | null; lastAssignedAt?: Date; disabled?: boolean }): Promise<string>;
  person(name: string, tags?: string[]): Promise<string>;
  conversation(opts?: { hat?: InboxHat; status?: string; assigneeId?: string | null; personId?: string | null; createdAt?: Date; channelId?: string }): Promise<string>;
  inbound(conversationId: string, text: string, opts?: { personId?: string | null; occurredAt?: Date; sentiment?: Sentiment; intents?: Intent[]; newConversation?: boolean; channelId?: string }): Promise<InboundMessage>;
  settings(s: { autoAssign?: boolean; defaultOpenCap?: number; customStatuses?: string[] }): Promise<void>;
};

export async function createInboxFixture(database: Database, opts: { name?: string; timeZone?: string } = {}): Promise<InboxFixture> {
  const workspaceId = newId();
  await insertWorkspace(database.db, { id: workspaceId, name: opts.name ?? 'Acme', timeZone: opts.timeZone ?? 'UTC' });
  const channelId = (await insertTestChannel(database.db, { workspaceId, displayName: 'Acme on Mastodon' })).id;
  const conversationPeople = new Map<string, string | null>();
  return {
    database,
    workspaceId,
    channelId,
    ctx: (clock = { now: () => new Date() }) => ({ db: database.db, clock, actor: systemActor('test'), workspaceId, role: 'owner' }),
    async member(name, o = {}) {
      const id = newId();
      await database.query(`insert into users (id, email, name, password_hash, is_disabled) values ($1, $2, $3, 'x', $4)`, [id, `${name.toLowerCase()}.${id.slice(-6)}@acme.test`, name, o.disabled ?? false]);
      await database.query(`insert into memberships (id, workspace_id, user_id, role, hat, inbox_available, open_cap, last_assigned_at) values ($1, $2, $3, $4, $5, $6, $7, $8)`, [
        newId(), workspaceId, id, o.role ?? 'community_manager', o.hat ?? 'both', o.available ?? true, o.openCap ?? null, o.lastAssignedAt?.toISOString() ?? null,
      ]);
      return id;
    },
    async person(name, tags = []) {
      const id = newId();
      await database.query(`insert into people (id, workspace_id, display_name, tags) values ($1, $2, $3, $4)`, [id, workspaceId, name, tags]);
      return id;
    },
    async conversation(o = {}) {
      const id = newId();
      const createdAt = o.createdAt ?? new Date();
      await database.query(
        `insert into conversations (id, workspace_id, channel_id, thread_key, hat, status, assignee_id, person_id, last_message_at, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $9)`,
        [id, workspaceId, o.channelId ?? channelId, `thread:${id}`, o.hat ?? 'community', o.status ?? 'open', o.assigneeId ?? null, o.personId ?? null, createdAt.toISOString()],
      );
      conversationPeople.set(id, o.personId ?? null);
      return id;
    },
    async inbound(conversationId, text, o = {}) {
      const id = newId();
      const occurredAt = o.occurredAt ?? new Date();
      const personId = o.personId === undefined ? (conversationPeople.get(conversationId) ?? null) : o.personId;
      const [before] = await database.query<{ n: number }>(`select count(*)::int as n from messages where conversation_id = $1 and kind = 'in'`, [conversationId]);
      await database.query(
        `insert into messages (id, workspace_id, conversation_id, channel_id, kind, external_id, person_id, text, sentiment, intents, occurred_at) values ($1, $2, $3, $4, 'in', $5, $6, $7, $8, $9, $10)`,
        [id, workspaceId, conversationId, o.channelId ?? channelId, `ext-${id}`, personId, text, o.sentiment ?? 'neutral', o.intents ?? [], occurredAt.toISOString()],
      );
      // What ingestion does to the conversation: the person waits from their first unanswered message.
      await database.query(`update conversations set last_message_at = greatest(last_message_at, $2), last_inbound_at = $2, waiting_since = coalesce(waiting_since, $2) where id = $1`, [conversationId, occurredAt.toISOString()]);
      return { messageId: id, conversationId, newConversation: o.newConversation ?? before!.n === 0, channelId: o.channelId ?? channelId, personId, text, sentiment: o.sentiment ?? 'neutral', intents: o.intents ?? [], language: 'en', occurredAt };
    },
    async settings(s) {
      await database.query(
        `insert into inbox_settings (id, workspace_id, auto_assign, default_open_cap, custom_statuses) values ($1, $2, $3, $4, $5)
         on conflict (workspace_id) do update set auto_assign = excluded.auto_assign, default_open_cap = excluded.default_open_cap, custom_statuses = excluded.custom_statuses`,
        [newId(), workspaceId, s.autoAssign ?? false, s.defaultOpenCap ?? 25, s.customStatuses ?? []],
      );
    },
  };
}
