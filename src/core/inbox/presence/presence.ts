// Live collision: each open conversation tab sends a heartbeat (PUT, every 2 s, "viewing" or
// "replying" while the teammate types) and a DELETE on leave; GET lists the other teammates seen
// in the last PRESENCE_TTL_MS. Rows live in the database, so teammates behind different API
// processes see each other. Heartbeats are not audited: they change nothing anyone keeps.
import { findConversationForReply } from '../../../db/queries/messages.ts';
import { deletePresence, deleteStalePresence, listPresence, upsertPresence, type PresenceState } from '../../../db/queries/presence.ts';
import { can } from '../../permissions.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { AppError, notFound } from '../../shared/errors.ts';

/** A teammate not heard from for this long has left (missed heartbeats, a closed laptop). */
export const PRESENCE_TTL_MS = 15_000;
// Rows older than this are deleted when someone else beats on the same conversation.
const PURGE_AFTER_MS = 60 * 60 * 1000;

export type Presence = { userId: string; name: string; state: PresenceState; seenAt: Date };

function userOf(ctx: WorkspaceCtx): string {
  if (ctx.actor.type !== 'user') throw new AppError('forbidden', 'Presence is for signed-in teammates, not API tokens');
  return ctx.actor.id;
}

async function requireConversation(ctx: WorkspaceCtx, conversationId: string): Promise<void> {
  if (!(await findConversationForReply(ctx.db, ctx.workspaceId, conversationId))) throw notFound('Conversation');
}

export async function beatPresence(ctx: WorkspaceCtx, conversationId: string, state: PresenceState): Promise<{ others: Presence[] }> {
  const userId = userOf(ctx);
  // Only someone who may reply can be shown as replying.
  if (state === 'replying' && !can(ctx.role, 'inbox.reply')) throw new AppError('forbidden', `Your role (${ctx.role}) may not reply, so it cannot show as replying`);
  await requireConversation(ctx, conversationId);
  const now = ctx.clock.now();
  await upsertPresence(ctx.db, { conversationId, userId, workspaceId: ctx.workspaceId, state, seenAt: now });
  await deleteStalePresence(ctx.db, conversationId, new Date(now.getTime() - PURGE_AFTER_MS));
  return { others: await listPresence(ctx.db, ctx.workspaceId, conversationId, { since: new Date(now.getTime() - PRESENCE_TTL_MS), exceptUserId: userId }) };
}

export async function leavePresence(ctx: WorkspaceCtx, conversationId: string): Promise<void> {
  const userId = userOf(ctx);
  await requireConversation(ctx, conversationId);
  await deletePresence(ctx.db, ctx.workspaceId, conversationId, userId);
}

export async function getPresence(ctx: WorkspaceCtx, conversationId: string): Promise<{ others: Presence[] }> {
  await requireConversation(ctx, conversationId);
  const since = new Date(ctx.clock.now().getTime() - PRESENCE_TTL_MS);
  return { others: await listPresence(ctx.db, ctx.workspaceId, conversationId, { since, exceptUserId: ctx.actor.type === 'user' ? ctx.actor.id : null }) };
}
