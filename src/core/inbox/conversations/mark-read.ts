// POST /inbox/conversations/{id}/read: a teammate has opened the conversation, so its inbound
// messages are no longer unread (for the whole team, as in a shared inbox). Not audited: reading
// changes no content, and a busy inbox would drown the audit log in opens.
import { markConversationRead } from '../../../db/queries/conversations.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';

export async function markRead(ctx: WorkspaceCtx, conversationId: string): Promise<{ id: string; unreadCount: 0 }> {
  const found = await markConversationRead(ctx.db, ctx.workspaceId, conversationId);
  if (!found) throw notFound('Conversation');
  return { id: conversationId, unreadCount: 0 };
}
