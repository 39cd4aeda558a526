// "Send and resolve": once the reply is on the network the conversation is resolved through the
// triage use-case (its status event, audit entry and the SLA resolution clock). Runs inside the
// sending transaction, in a savepoint: the reply is out whatever happens here, so a conversation
// that cannot be resolved now (merged meanwhile, say) keeps its status and the send still counts.
import { updateConversation } from '../../conversations/update-conversation.ts';
import type { WorkspaceCtx } from '../../../shared/context.ts';
import type { EngineLogger } from '../../../publishing/engine/engine-ctx.ts';

export async function resolveAfterReply(ctx: WorkspaceCtx & { logger: EngineLogger }, conversationId: string): Promise<void> {
  try {
    await updateConversation(ctx, conversationId, { status: 'resolved' });
  } catch (err) {
    ctx.logger.warn({ conversationId, err }, 'reply sent, but its conversation could not be resolved');
  }
}
