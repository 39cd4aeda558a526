// Round-robin auto-assignment of unassigned open conversations, inside the caller's transaction.
import type { WorkspaceCtx } from '../../shared/context.ts';

export async function autoAssign(_ctx: WorkspaceCtx, _conversationIds: string[]): Promise<void> {
  // Filled in by auto-assignment (helper E1); the signature is the contract ingestion imports.
}
