// Words and colours for the inbox's fixed vocabulary, so every screen names them the same way.
import type { ConversationSummary, Priority, Sentiment, SlaState } from '../../api/inbox-types.ts';
import { builtinStatuses, priorities, sentiments } from '../../../../src/core/inbox/vocabulary.ts';

export { builtinStatuses, priorities, sentiments };

const builtinStatusLabels: Record<string, string> = { open: 'Open', pending: 'Pending', snoozed: 'Snoozed', resolved: 'Resolved' };

/** Built-in statuses by their label; a workspace's own status as it was written, capitalised. */
export const statusLabel = (status: string) => builtinStatusLabels[status] ?? status.charAt(0).toUpperCase() + status.slice(1).replace(/[_-]/g, ' ');

export const priorityLabels: Record<Priority, string> = { none: 'No priority', low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' };
export const priorityColors: Record<Priority, string> = { none: 'gray', low: 'gray', normal: 'blue', high: 'orange', urgent: 'red' };

export const sentimentLabels: Record<Sentiment, string> = { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' };
export const sentimentColors: Record<Sentiment, string> = { positive: 'teal', neutral: 'gray', negative: 'red' };

export const slaLabels: Record<SlaState, string> = { ok: 'SLA on track', warning: 'SLA due soon', breached: 'SLA breached', none: 'No SLA' };
export const slaColors: Record<SlaState, string> = { ok: 'teal', warning: 'yellow', breached: 'red', none: 'gray' };

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto', style: 'narrow' });
const short = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** "09:42" today, "12 Mar" before, for the list's time column. */
export function listTime(iso: string, now = new Date()): string {
  const d = new Date(iso);
  return d.toDateString() === now.toDateString() ? clock.format(d) : short.format(d);
}

/** "in 12 min", "3 h ago": how far a due time is. */
export function fromNow(iso: string, now = Date.now()): string {
  const minutes = Math.round((new Date(iso).getTime() - now) / 60_000);
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return relative.format(hours, 'hour');
  return relative.format(Math.round(hours / 24), 'day');
}

/** Who a conversation is with; a published post's conversation gathers everyone who answered it. */
export const conversationTitle = (c: Pick<ConversationSummary, 'person' | 'postTargetId'>) =>
  c.person?.displayName ?? c.person?.handle ?? (c.postTargetId ? 'Replies to your post' : 'Unknown person');
