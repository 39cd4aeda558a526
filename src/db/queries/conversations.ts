// One conversation of a workspace: read it, lock it for a change, write the change.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { conversations, memberships, users } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type Conversation = typeof conversations.$inferSelect;
export type ConversationChanges = Partial<Omit<typeof conversations.$inferInsert, 'id' | 'workspaceId' | 'channelId' | 'threadKey' | 'createdAt'>>;

const byId = (workspaceId: string, id: string) => and(eq(conversations.id, id), eq(conversations.workspaceId, workspaceId));

export async function findConversation(db: Tx, workspaceId: string, id: string): Promise<Conversation | undefined> {
  const [row] = await db.select().from(conversations).where(byId(workspaceId, id));
  return row;
}

/** The workspace's conversations among these ids, locked until the transaction ends, in id order (no deadlock between two changes). */
export function lockConversations(db: Tx, workspaceId: string, ids: string[]): Promise<Conversation[]> {
  if (!ids.length) return Promise.resolve([]);
  return db
    .select()
    .from(conversations)
    .where(and(eq(conversations.workspaceId, workspaceId), inArray(conversations.id, ids)))
    .orderBy(asc(conversations.id))
    .for('update');
}

export async function updateConversationRow(db: Tx, workspaceId: string, id: string, changes: ConversationChanges): Promise<Conversation> {
  const [row] = await db.update(conversations).set(changes).where(byId(workspaceId, id)).returning();
  return row!;
}

/** A member of the workspace as an assignee: their role (may they answer?) and whether the account is disabled. */
export async function findMemberForAssignment(db: Tx, workspaceId: string, by: { userId: string } | { email: string }) {
  const who = 'userId' in by ? eq(users.id, by.userId) : sql`lower(${users.email}) = lower(${by.email})`;
  const [row] = await db
    .select({ userId: users.id, name: users.name, email: users.email, isDisabled: users.isDisabled, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspaceId), who));
  return row;
}

/** Sets unread_count to 0 (writing only when it was not already); false when the conversation is not the workspace's. */
export async function markConversationRead(db: Tx, workspaceId: string, id: string): Promise<boolean> {
  const [row] = await db
    .select({ unread: conversations.unreadCount })
    .from(conversations)
    .where(byId(workspaceId, id));
  if (!row) return false;
  if (row.unread > 0) await db.update(conversations).set({ unreadCount: 0 }).where(and(byId(workspaceId, id), sql`${conversations.unreadCount} > 0`));
  return true;
}
