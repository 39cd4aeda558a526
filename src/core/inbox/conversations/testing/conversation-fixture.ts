// Rows inserted directly for the triage tests: people, conversations and messages as ingestion
// would leave them, without running ingestion. Not a test file itself.
import type { Tx } from '../../../../db/client.ts';
import { conversations, identities, messages, people } from '../../../../db/schema/index.ts';
import { insertMembership } from '../../../../db/queries/memberships.ts';
import { insertUser } from '../../../../db/queries/users.ts';
import { insertWorkspace } from '../../../../db/queries/workspaces.ts';
import { hatsByRole } from '../../../permissions.ts';
import type { Role } from '../../../roles.ts';
import type { Clock, WorkspaceCtx } from '../../../shared/context.ts';
import { newId } from '../../../shared/ids.ts';

type NewConversation = typeof conversations.$inferInsert;
type NewMessage = typeof messages.$inferInsert;

export async function insertTestPerson(db: Tx, workspaceId: string, displayName: string, identity?: { network: string; handle: string }) {
  const id = newId();
  await db.insert(people).values({ id, workspaceId, displayName, avatarUrl: `https://example.com/${encodeURIComponent(displayName)}.png` });
  if (identity) await db.insert(identities).values({ id: newId(), workspaceId, personId: id, network: identity.network, externalId: `${identity.network}:${identity.handle}`, handle: identity.handle });
  return id;
}

let seq = 0;

/** A conversation with one inbound message (its text is the subject unless given). */
export async function insertTestConversation(db: Tx, input: Partial<NewConversation> & { workspaceId: string; channelId: string; text?: string; at?: Date }) {
  const { text, at, ...rest } = input;
  const when = at ?? rest.lastMessageAt ?? new Date(Date.UTC(2026, 0, 1) + ++seq * 60_000);
  const row: NewConversation = { id: newId(), threadKey: `test:${newId()}`, hat: 'social', lastMessageAt: when, lastInboundAt: when, ...rest };
  const [conversation] = await db.insert(conversations).values(row).returning();
  await insertTestMessage(db, { workspaceId: row.workspaceId, conversationId: row.id!, channelId: row.channelId, personId: row.personId ?? null, text: text ?? rest.subject ?? 'Hello there', occurredAt: when, externalId: `ext-${row.id}` });
  return conversation!;
}

export async function insertTestMessage(db: Tx, input: Partial<NewMessage> & { workspaceId: string; conversationId: string; channelId: string; text: string; occurredAt: Date }) {
  const [message] = await db.insert(messages).values({ id: newId(), kind: 'in', ...input }).returning();
  return message!;
}

/** A workspace with members in these roles; ctxOf(userId) acts as that member. */
export async function insertTriageWorkspace(db: Tx, clock: Clock, members: { name: string; role: Role }[]) {
  const workspaceId = newId();
  await insertWorkspace(db, { id: workspaceId, name: `Triage ${workspaceId.slice(-6)}` });
  const users: Record<string, string> = {};
  const roles: Record<string, Role> = {};
  for (const m of members) {
    const user = await insertUser(db, { id: newId(), email: `${m.name.toLowerCase()}.${workspaceId.slice(-6)}@example.com`, name: m.name, passwordHash: 'x' });
    await insertMembership(db, { id: newId(), workspaceId, userId: user.id, role: m.role, hat: hatsByRole[m.role][0]! });
    users[m.name] = user.id;
    roles[m.name] = m.role;
  }
  const ctxOf = (name: string): WorkspaceCtx => ({ db, clock, actor: { type: 'user', id: users[name]!, label: name }, workspaceId, role: roles[name]! });
  return { workspaceId, users, ctxOf };
}
