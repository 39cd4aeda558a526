// Inbox rules run on each new inbound message of an ingest batch, inside the ingest transaction.
import type { WorkspaceCtx } from '../../shared/context.ts';
import type { InboundMessage } from '../inbound-message.ts';

export async function applyInboxRules(_ctx: WorkspaceCtx, _inbound: InboundMessage[]): Promise<void> {
  // Filled in by the rules engine (helper E1); the signature is the contract ingestion imports.
}
