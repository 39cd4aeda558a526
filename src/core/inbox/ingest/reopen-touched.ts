// A person writing again brings a conversation back to the team: a resolved one, or a pending one
// (it was waiting on the person), was opened by the page's conversation statement (here: its
// event, its audit entry and, for a resolved one, its resolution clock); a snoozed one is woken
// by the triage use-case (its 'woke' event and audit entry). Rare, so one conversation at a time.
import { recordAudit } from '../../audit/record-audit.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { recordTriageEvents } from '../conversations/triage-events.ts';
import { wakeConversation } from '../conversations/wake-snoozed.ts';
import { reopenClocks } from '../sla/reopen-clocks.ts';

export async function reopenTouched(ctx: WorkspaceCtx, touched: Array<{ id: string; previousStatus: string }>, at: Date): Promise<void> {
  for (const c of touched) {
    if (c.previousStatus === 'snoozed') await wakeConversation(ctx, c.id, 'new_message');
    if (c.previousStatus !== 'resolved' && c.previousStatus !== 'pending') continue;
    const from = c.previousStatus;
    await recordTriageEvents(ctx, c.id, [{ type: 'status_changed', userId: null, data: { from, to: 'open', reason: 'new_message' } }], at);
    await recordAudit(ctx, { workspaceId: ctx.workspaceId, action: 'conversation.reopen', targetType: 'conversation', targetId: c.id, before: { status: from }, after: { status: 'open', reason: 'new_message' } });
    if (from === 'resolved') await reopenClocks(ctx, c.id, at);
  }
}
