// A saved reply filled in for one conversation (inbox.reply): the person's name (or the handle
// they wrote as when the person has none), the teammate's, the channel's and the workspace's.
// Only renders: the teammate edits the text, then checks and sends it like any reply.
import { findRenderContext, findUserNames } from '../../../db/queries/messages.ts';
import { findSavedReply } from '../../../db/queries/saved-replies.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';
import { firstName, renderVariables, type SavedReplyVariable } from './variables.ts';

export async function renderSavedReply(ctx: WorkspaceCtx, conversationId: string, input: { savedReplyId: string }): Promise<{ text: string; missing: SavedReplyVariable[] }> {
  const saved = await findSavedReply(ctx.db, ctx.workspaceId, input.savedReplyId);
  if (!saved) throw notFound('Saved reply');
  const context = await findRenderContext(ctx.db, ctx.workspaceId, conversationId);
  if (!context) throw notFound('Conversation');
  const agentId = ctx.actor.type === 'user' ? ctx.actor.id : null;
  const agent = agentId ? ((await findUserNames(ctx.db, [agentId])).get(agentId) ?? null) : null;
  const person = context.personName ?? context.authorHandle;
  return renderVariables(saved.body, {
    'person.name': person,
    'person.first_name': context.personName ? firstName(context.personName) : context.authorHandle,
    'agent.name': agent,
    'agent.first_name': firstName(agent),
    'channel.name': context.channelName,
    'workspace.name': context.workspaceName,
  });
}
