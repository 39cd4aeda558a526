// What happens to a batch of new inbound messages once ingestion stored them, inside the ingest
// transaction (so a crash undoes both): rules first (they may tag, assign or set priority), then
// round-robin for what is still unassigned, then the SLA clocks (a rule may have picked a policy).
// One read says which of the three the workspace has set up; the others are not run (each would
// find nothing to do), so a workspace with none of them pays one query per page.
import { findInboxAutomation } from '../../db/queries/inbox-settings.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { autoAssign } from './assignment/auto-assign.ts';
import type { InboundMessage } from './inbound-message.ts';
import { applyInboxRules } from './rules/apply-inbox-rules.ts';
import { startSlaClocks } from './sla/start-sla-clocks.ts';

export async function afterInbound(ctx: WorkspaceCtx, inbound: InboundMessage[]): Promise<void> {
  if (inbound.length === 0) return;
  const set = await findInboxAutomation(ctx.db, ctx.workspaceId);
  if (set.rules) await applyInboxRules(ctx, inbound);
  if (set.autoAssign) await autoAssign(ctx, [...new Set(inbound.map((m) => m.conversationId))]);
  // No policy in the workspace: no conversation has one and there is no default to give.
  if (set.sla) await startSlaClocks(ctx, inbound);
}
