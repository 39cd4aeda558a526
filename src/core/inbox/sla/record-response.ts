// A teammate's reply stops the first-response or next-response clock (called by the reply sender).
import type { WorkspaceCtx } from '../../shared/context.ts';

export type ResponseInput = { at: Date; userId: string | null };

export async function recordResponse(_ctx: WorkspaceCtx, _conversationId: string, _input: ResponseInput): Promise<void> {
  // Filled in by the SLA engine (helper E2).
}
