// Merging one conversation into another: its messages move, conversations merged into it earlier
// now point at the target (no chains to follow), and the target takes up the source's activity.
import { and, eq } from 'drizzle-orm';
import { conversations, messages } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export async function moveMessages(db: Tx, workspaceId: string, fromId: string, toId: string): Promise<number> {
  const moved = await db
    .update(messages)
    .set({ conversationId: toId })
    .where(and(eq(messages.workspaceId, workspaceId), eq(messages.conversationId, fromId)))
    .returning({ id: messages.id });
  return moved.length;
}

export async function repointMerged(db: Tx, workspaceId: string, fromId: string, toId: string): Promise<void> {
  await db
    .update(conversations)
    .set({ mergedIntoId: toId })
    .where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.mergedIntoId, fromId)));
}
