// What happens to a batch of new inbound messages once ingestion stored them, inside the ingest
// transaction (so a crash undoes both): rules first (they may tag, assign or set priority), then
// round-robin for what is still unassigned, then the SLA clocks (a rule may have picked a policy).
import type { WorkspaceCtx } from '../shared/context.ts';
import { autoAssign } from './assignment/auto-assign.ts';
import type { InboundMessage } from './inbound-message.ts';
import { applyInboxRules } from './rules/apply-inbox-rules.ts';
import { startSlaClocks } from './sla/start-sla-clocks.ts';

export async function afterInbound(ctx: WorkspaceCtx, inbound: InboundMessage[]): Promise<void> {
  if (inbound.length === 0) return;
  await applyInboxRules(ctx, inbound);
  await autoAssign(ctx, [...new Set(inbound.map((m) => m.conversationId))]);
  await startSlaClocks(ctx, inbound);
}
