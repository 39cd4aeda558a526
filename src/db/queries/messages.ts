// What replies and notes read and write: the conversation and channel a reply goes out on, the
// message it answers, the reply's own row through its sending (claim, retry, result, all fenced
// by the claim's time), and the conversation once a teammate has answered.
import { and, asc, desc, eq, inArray, isNotNull, lte, or, sql } from 'drizzle-orm';
import { channels, conversations, memberships, messages, people, users, workspaces } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type MessageRow = typeof messages.$inferSelect;
export type NewMessageRow = typeof messages.$inferInsert;

const iso = (d: Date) => d.toISOString();

/** The conversation with its channel, within the workspace. */
export async function findConversationForReply(db: Tx, workspaceId: string, conversationId: string) {
  const [row] = await db
    .select({
      id: conversations.id,
      workspaceId: conversations.workspaceId,
      threadKey: conversations.threadKey,
      status: conversations.status,
      personId: conversations.personId,
      assigneeId: conversations.assigneeId,
      mergedIntoId: conversations.mergedIntoId,
      channel: { id: channels.id, network: channels.network, displayName: channels.displayName, status: channels.status, limits: channels.limits },
    })
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.id, conversationId)));
  return row;
}

export type ConversationForReply = NonNullable<Awaited<ReturnType<typeof findConversationForReply>>>;

export async function findMessage(db: Tx, workspaceId: string, conversationId: string, messageId: string): Promise<MessageRow | undefined> {
  const [row] = await db.select().from(messages).where(and(eq(messages.workspaceId, workspaceId), eq(messages.conversationId, conversationId), eq(messages.id, messageId)));
  return row;
}

export async function findMessageById(db: Tx, messageId: string): Promise<MessageRow | undefined> {
  const [row] = await db.select().from(messages).where(eq(messages.id, messageId));
  return row;
}

/** The latest message from the person that the network knows by an id: what a reply answers by default. */
export async function findLatestInbound(db: Tx, conversationId: string): Promise<MessageRow | undefined> {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.kind, 'in'), isNotNull(messages.externalId)))
    .orderBy(desc(messages.occurredAt), desc(messages.id))
    .limit(1);
  return row;
}

export async function insertMessage(db: Tx, row: NewMessageRow): Promise<MessageRow> {
  const [inserted] = await db.insert(messages).values(row).returning();
  return inserted!;
}

/** Only a reply nobody has started sending can be cancelled; undefined otherwise. */
export async function deleteScheduledReply(db: Tx, workspaceId: string, conversationId: string, messageId: string): Promise<MessageRow | undefined> {
  const [row] = await db
    .delete(messages)
    .where(and(eq(messages.workspaceId, workspaceId), eq(messages.conversationId, conversationId), eq(messages.id, messageId), eq(messages.kind, 'reply'), eq(messages.sendState, 'scheduled')))
    .returning();
  return row;
}

/**
 * The claim: one conditional UPDATE, so however many workers race for a reply exactly one gets the
 * row back. A due `scheduled` reply is claimed, and so is a `sending` one whose claim is older than
 * the lease (its worker died mid-call): that one is marked unknown_outcome in the same statement,
 * because the dead worker may have reached the network. claimed_at is the fence of every later write.
 */
export async function claimReply(db: Tx, input: { messageId: string; now: Date; leaseSeconds: number }): Promise<MessageRow | undefined> {
  const staleBefore = new Date(input.now.getTime() - input.leaseSeconds * 1000);
  const [row] = await db
    .update(messages)
    .set({
      sendState: 'sending',
      claimedAt: input.now,
      sendAttempts: sql`${messages.sendAttempts} + 1`,
      errorKind: sql`case when ${messages.sendState} = 'sending' then 'unknown_outcome' else ${messages.errorKind} end`,
    })
    .where(
      and(
        eq(messages.id, input.messageId),
        eq(messages.kind, 'reply'),
        or(and(eq(messages.sendState, 'scheduled'), lte(messages.sendAt, input.now)), and(eq(messages.sendState, 'sending'), lte(messages.claimedAt, staleBefore))),
      ),
    )
    .returning();
  return row;
}

export type Held = { messageId: string; claimedAt: Date };
const held = (h: Held) => and(eq(messages.id, h.messageId), eq(messages.sendState, 'sending'), eq(messages.claimedAt, h.claimedAt));

async function updateHeld(db: Tx, h: Held, changes: Partial<NewMessageRow>): Promise<MessageRow | undefined> {
  const [row] = await db.update(messages).set(changes).where(held(h)).returning();
  return row;
}

/** On the network: its id and link, and the time it went out (the thread's order). */
export const completeReply = (db: Tx, h: Held, r: { externalId: string; url: string; at: Date }) =>
  updateHeld(db, h, { sendState: 'sent', externalId: r.externalId, url: r.url, occurredAt: r.at, errorKind: null, errorReason: null });

export const failReply = (db: Tx, h: Held, e: { errorKind: string; errorReason: string }) => updateHeld(db, h, { sendState: 'failed', ...e });

/** Back to scheduled at `at`; a free retry (rate limited) does not count as an attempt. */
export const releaseReply = (db: Tx, h: Held, r: { at: Date; errorKind: string; errorReason: string; free: boolean }) =>
  updateHeld(db, h, { sendState: 'scheduled', sendAt: r.at, errorKind: r.errorKind, errorReason: r.errorReason, ...(r.free ? { sendAttempts: sql`greatest(${messages.sendAttempts} - 1, 0)` as unknown as number } : {}) });

/** Due replies whose job never ran, and claims older than the lease; oldest first. */
export async function findRepliesToSweep(db: Tx, f: { dueBefore: Date; claimedBefore: Date; limit: number }): Promise<{ id: string; sendAt: Date | null }[]> {
  const due = await db
    .select({ id: messages.id, sendAt: messages.sendAt })
    .from(messages)
    .where(and(eq(messages.sendState, 'scheduled'), lte(messages.sendAt, f.dueBefore)))
    .orderBy(asc(messages.sendAt))
    .limit(f.limit);
  const stale = await db
    .select({ id: messages.id, sendAt: messages.sendAt })
    .from(messages)
    .where(and(eq(messages.sendState, 'sending'), lte(messages.claimedAt, f.claimedBefore)))
    .orderBy(asc(messages.claimedAt))
    .limit(f.limit);
  return [...due, ...stale];
}

/**
 * A teammate answered at `at`: the conversation moves up, stops waiting (unless the person wrote
 * again after this reply went out) and keeps its first response time.
 */
export async function markConversationAnswered(db: Tx, conversationId: string, at: Date): Promise<{ firstResponse: boolean } | undefined> {
  const [row] = await db
    .update(conversations)
    .set({
      lastMessageAt: sql`greatest(${conversations.lastMessageAt}, ${iso(at)}::timestamptz)`,
      waitingSince: sql`case when ${conversations.waitingSince} <= ${iso(at)}::timestamptz then null else ${conversations.waitingSince} end`,
      firstResponseAt: sql`coalesce(${conversations.firstResponseAt}, ${iso(at)}::timestamptz)`,
      updatedAt: at,
    })
    .where(eq(conversations.id, conversationId))
    .returning({ firstResponseAt: conversations.firstResponseAt });
  return row ? { firstResponse: row.firstResponseAt?.getTime() === at.getTime() } : undefined;
}

export async function touchConversation(db: Tx, conversationId: string, at: Date): Promise<void> {
  await db.update(conversations).set({ updatedAt: at }).where(eq(conversations.id, conversationId));
}

/** The workspace's members with what mention resolution needs. */
export function listMentionableMembers(db: Tx, workspaceId: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, disabled: users.isDisabled })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId));
}

/** Names for message authors, by user id. */
export async function findUserNames(db: Tx, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** What saved-reply variables are filled from: the person, the latest inbound handle, the channel and the workspace. */
export async function findRenderContext(db: Tx, workspaceId: string, conversationId: string) {
  const [row] = await db
    .select({ personName: people.displayName, channelName: channels.displayName, workspaceName: workspaces.name })
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .innerJoin(workspaces, eq(workspaces.id, conversations.workspaceId))
    .leftJoin(people, eq(people.id, conversations.personId))
    .where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.id, conversationId)));
  if (!row) return undefined;
  const latest = await findLatestInbound(db, conversationId);
  return { ...row, authorHandle: latest?.authorHandle ?? null };
}
