// What the conversation view reads: a page of its messages (newest page first, in thread order
// within it) with each author, and the channel's limits.
import { and, desc, eq, sql } from 'drizzle-orm';
import { channels, messages, people, users } from '../schema/index.ts';
import type { Tx } from '../client.ts';
import type { KeysetPosition } from './keyset.ts';

const m = messages;

/** The conversation's messages before a position, newest first, at most `limit`. */
export function listConversationMessages(db: Tx, workspaceId: string, conversationId: string, w: { before?: KeysetPosition; limit: number }) {
  const where = [eq(m.workspaceId, workspaceId), eq(m.conversationId, conversationId)];
  if (w.before) where.push(sql`(${m.occurredAt}, ${m.id}) < (${w.before.at.toISOString()}::timestamptz, ${w.before.id}::uuid)`);
  return db
    .select({
      message: {
        id: m.id,
        channelId: m.channelId,
        kind: m.kind,
        text: m.text,
        externalId: m.externalId,
        inReplyTo: m.inReplyTo,
        url: m.url,
        authorHandle: m.authorHandle,
        sentiment: m.sentiment,
        sentimentScore: m.sentimentScore,
        language: m.language,
        intents: m.intents,
        mentions: m.mentions,
        sendState: m.sendState,
        sendAt: m.sendAt,
        errorReason: m.errorReason,
        occurredAt: m.occurredAt,
        createdAt: m.createdAt,
      },
      person: { id: people.id, displayName: people.displayName, avatarUrl: people.avatarUrl },
      user: { id: users.id, name: users.name },
    })
    .from(m)
    .leftJoin(people, eq(people.id, m.personId))
    .leftJoin(users, eq(users.id, m.userId))
    .where(and(...where))
    .orderBy(desc(m.occurredAt), desc(m.id))
    .limit(w.limit);
}

export type ConversationMessageRow = Awaited<ReturnType<typeof listConversationMessages>>[number];

/** The channel as the conversation view needs it (its limits for the reply box). */
export async function findConversationChannel(db: Tx, workspaceId: string, channelId: string) {
  const [row] = await db
    .select({ id: channels.id, network: channels.network, displayName: channels.displayName, accountHandle: channels.accountHandle, status: channels.status, health: channels.health, limits: channels.limits, inboxHat: channels.inboxHat })
    .from(channels)
    .where(and(eq(channels.id, channelId), eq(channels.workspaceId, workspaceId)));
  return row;
}
