// "Send and resolve": once the reply is on the network the conversation is resolved and its
// resolution clock stopped. Runs inside the sending transaction.
// Local until the triage helper's status use-case (src/core/inbox/conversations/) lands: swap this
// body for that call then, so resolving has one implementation.
import { resolveConversation } from '../../../../db/queries/messages.ts';
import { recordAudit } from '../../../audit/record-audit.ts';
import type { WorkspaceCtx } from '../../../shared/context.ts';
import { recordResolution } from '../../sla/record-resolution.ts';

export async function resolveAfterReply(ctx: WorkspaceCtx, conversationId: string, at: Date): Promise<void> {
  if (!(await resolveConversation(ctx.db, conversationId, at))) return;
  await recordResolution(ctx, conversationId, at);
  await recordAudit(ctx, { workspaceId: ctx.workspaceId, action: 'conversation.resolve', targetType: 'conversation', targetId: conversationId, after: { status: 'resolved', resolvedAt: at, by: 'send_and_resolve' } });
}
