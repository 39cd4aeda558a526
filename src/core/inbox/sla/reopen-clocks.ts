// Reopening a resolved conversation restarts its resolution clock (called by the status use-case).
import type { WorkspaceCtx } from '../../shared/context.ts';

export async function reopenClocks(_ctx: WorkspaceCtx, _conversationId: string, _at: Date): Promise<void> {
  // Filled in by the SLA engine (helper E2).
}
