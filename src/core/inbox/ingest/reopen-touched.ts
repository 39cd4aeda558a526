// A person writing again brings a closed conversation back: a resolved one was reopened by the
// page's conversation statement (here: its event, its audit entry and its resolution clock), a
// snoozed one is woken by the triage use-case (its 'woke' event and audit entry). Rare, so one
// conversation at a time.
import { recordAudit } from '../../audit/record-audit.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { recordTriageEvents } from '../conversations/triage-events.ts';
import { wakeConversation } from '../conversations/wake-snoozed.ts';
import { reopenClocks } from '../sla/reopen-clocks.ts';

export async function reopenTouched(ctx: WorkspaceCtx, touched: Array<{ id: string; previousStatus: string }>, at: Date): Promise<void> {
  for (const c of touched) {
    if (c.previousStatus === 'snoozed') await wakeConversation(ctx, c.id, 'new_message');
    if (c.previousStatus !== 'resolved') continue;
    await recordTriageEvents(ctx, c.id, [{ type: 'status_changed', userId: null, data: { from: 'resolved', to: 'open', reason: 'new_message' } }], at);
    await recordAudit(ctx, { workspaceId: ctx.workspaceId, action: 'conversation.reopen', targetType: 'conversation', targetId: c.id, before: { status: 'resolved' }, after: { status: 'open', reason: 'new_message' } });
    await reopenClocks(ctx, c.id, at);
  }
}
