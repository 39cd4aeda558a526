// SLA clocks start when a conversation opens or a person writes again after an answer.
import type { WorkspaceCtx } from '../../shared/context.ts';
import type { InboundMessage } from '../inbound-message.ts';

export async function startSlaClocks(_ctx: WorkspaceCtx, _inbound: InboundMessage[]): Promise<void> {
  // Filled in by the SLA engine (helper E2); the signature is the contract ingestion imports.
}
