// Test helpers for backups: a workspace filled through the real use-cases, and a snapshot of
// everything a backup should carry, to compare a restore against.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Database } from '../../db/client.ts';
import { readBackupRows } from '../../db/queries/backup/rows.ts';
import { backupTableNames, notBackedUp } from '../../db/queries/backup/tables.ts';
import type { Keyring } from '../../crypto/secrets.ts';
import { recordActivity } from '../activities/activities.ts';
import { insertTestChannel } from '../../testing/test-channel.ts';
import { addMember } from '../members/add-member.ts';
import { inviteMember } from '../members/invite-member.ts';
import { insertTestConversation } from '../inbox/replies/testing/conversation-fixture.ts';
import { addIdentity } from '../people/identities.ts';
import { createPerson } from '../people/people.ts';
import { systemActor, systemClock, type Ctx, type WorkspaceCtx } from '../shared/context.ts';
import { createApiToken } from '../tokens/api-tokens.ts';
import { createUser } from '../users/create-user.ts';
import { createWorkspace } from '../workspaces/create-workspace.ts';

export const fixturePassword = 'correct horse battery staple';

export const systemCtx = (database: Database): Ctx => ({ db: database.db, clock: systemClock, actor: systemActor('test') });

export async function seedWorkspace(database: Database, opts: { name?: string; emailDomain?: string; activities?: number } = {}) {
  const ctx = systemCtx(database);
  const domain = opts.emailDomain ?? 'example.com';
  const owner = await createUser(ctx, { email: `owner@${domain}`, name: 'Olivia Owner', password: fixturePassword });
  const member = await createUser(ctx, { email: `cm@${domain}`, name: 'Casey Community', password: fixturePassword });
  const ownerActor = { type: 'user' as const, id: owner.id, label: owner.email };
  const workspace = await createWorkspace({ ...ctx, actor: ownerActor }, { name: opts.name ?? 'Acme', ownerId: owner.id });
  const wctx: WorkspaceCtx = { ...ctx, actor: ownerActor, workspaceId: workspace.id, role: 'owner' };
  await addMember(wctx, { userId: member.id, role: 'community_manager' });
  await inviteMember(wctx, { email: `guest@${domain}`, role: 'analyst' });
  await createApiToken(wctx, { name: 'CI', role: 'admin', expiresInDays: 30 });
  const keyring: Keyring = { current: randomBytes(32), previous: [] };
  const channel = await insertTestChannel(ctx.db, { workspaceId: workspace.id, keyring, network: 'bluesky', displayName: 'Acme on Bluesky', credentials: { appPassword: 'xxxx-yyyy' } });
  const pat = await createPerson(wctx, { displayName: 'Pat Member', email: 'pat@example.net', tags: ['vip', 'beta'], customFields: { plan: 'pro' } });
  const sam = await createPerson(wctx, { displayName: 'Sam Lurker' });
  // Values a JS round trip would change: 1.50 becomes 1.5, and the big integer gets rounded.
  await database.query(`update people set custom_fields = '{"ratio": 1.50, "big": 12345678901234567890}'::jsonb where id = $1::uuid`, [sam.id]);
  await addIdentity(wctx, pat.id, { network: 'bluesky', externalId: 'did:plc:pat', handle: 'pat.bsky.social', verified: true });
  await addIdentity(wctx, sam.id, { network: 'bluesky', externalId: 'did:plc:sam', handle: null });
  for (let i = 0; i < (opts.activities ?? 23); i++) {
    await recordActivity(wctx, {
      channelId: channel.id,
      personId: i % 3 === 0 ? null : i % 2 ? pat.id : sam.id,
      type: i % 2 ? 'replied' : 'mentioned',
      externalId: `at://post/${i}`,
      occurredAt: new Date(Date.UTC(2026, 10, 1, 12, i)),
      data: { text: `post ${i} ✨`, likes: i },
    });
  }
  // Webhook tables, seeded directly until their use-cases land.
  const hookId = randomUUID();
  await database.query(`insert into inbound_events (id, workspace_id, channel_id, external_id, kind, payload) values ($1, $2, $3, 'evt-1', 'message', '{"text": "hello"}')`, [randomUUID(), workspace.id, channel.id]);
  await database.query(`insert into outbound_webhooks (id, workspace_id, name, url, secret, events) values ($1, $2, 'CRM', 'https://crm.example.com/hook', 'v1:sealed', '{post.published}')`, [hookId, workspace.id]);
  await database.query(`insert into webhook_deliveries (id, workspace_id, webhook_id, event, payload, status, attempts, last_status_code) values ($1, $2, $3, 'post.published', '{"id": 1}', 'delivered', 2, 200)`, [randomUUID(), workspace.id, hookId]);
  // Inbox and people tables. Fran left the team but is still the conversation's assignee: the
  // backup must carry her account too, or the restore cannot insert the conversation.
  const former = await createUser(ctx, { email: `former@${domain}`, name: 'Fran Former', password: fixturePassword });
  const { conversationId } = await insertTestConversation(database, { workspaceId: workspace.id, channelId: channel.id, personName: 'Dana Inbound' });
  await database.query(`update conversations set assignee_id = $1 where id = $2`, [former.id, conversationId]);
  await database.query(`insert into conversation_events (id, workspace_id, conversation_id, type, user_id, occurred_at) values ($1, $2, $3, 'assigned', $4, now())`, [randomUUID(), workspace.id, conversationId, member.id]);
  await database.query(`insert into person_notes (id, workspace_id, person_id, author_id, body) values ($1, $2, $3, $4, 'Prefers e-mail')`, [randomUUID(), workspace.id, pat.id, member.id]);
  const [first, second] = [pat.id, sam.id].sort();
  await database.query(
    `insert into merge_suggestions (id, workspace_id, person_id, other_person_id, reasons, confidence, status, decided_by, decided_at) values ($1, $2, $3, $4, '[{"rule": "similar_name", "detail": "x", "confidence": 0.4}]', 0.4, 'dismissed', $5, now())`,
    [randomUUID(), workspace.id, first, second, member.id],
  );
  return { workspaceId: workspace.id, owner, member, keyring, channelId: channel.id };
}

/** Every backed-up row of the workspace, exactly as PostgreSQL renders it, table by table. */
export async function snapshotWorkspace(database: Database, workspaceId: string): Promise<Record<string, string[]>> {
  const snapshot: Record<string, string[]> = {};
  for (const table of backupTableNames) {
    snapshot[table] = [];
    for await (const page of readBackupRows(database.db, table, workspaceId, 1000)) snapshot[table].push(...page);
  }
  return snapshot;
}

/** Row counts of every table in the database, to show a failed restore changed nothing. */
export async function countAllTables(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of [...backupTableNames, ...Object.keys(notBackedUp)]) {
    const [row] = await database.query<{ n: number }>(`select count(*)::int as n from "${name}"`);
    counts[name] = row!.n;
  }
  return counts;
}
