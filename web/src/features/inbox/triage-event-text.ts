// A conversation's triage history in words, for the thread: "Alice assigned it to Bob",
// "Status: Open → Escalated", "Snoozed until 12 Mar, 09:00" ...
import type { TriageEvent } from '../../api/inbox-types.ts';
import { formatDateTime } from '../../ui/format.ts';
import { priorityLabels, statusLabel } from './inbox-labels.ts';

type Names = (userId: string | null | undefined) => string | null;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function triageEventText(e: TriageEvent, names: Names): string {
  // "You" starts a sentence; elsewhere it is "you".
  const nameOf: Names = (id) => names(id)?.replace(/^You$/, 'you') ?? null;
  const by = names(str(e.data.byUser));
  const who = by ?? (e.data.by === 'manual' ? 'Someone' : e.data.by === 'rule' || e.data.ruleId ? 'A rule' : 'Tandem');
  switch (e.type) {
    case 'assigned': {
      const to = nameOf(e.userId) ?? 'a teammate';
      if (e.data.by && e.data.by !== 'manual' && !by) return `${e.data.ruleId ? 'A rule' : 'Auto-assignment'} assigned it to ${to}`;
      return `${who} assigned it to ${to}`;
    }
    case 'unassigned':
      return `${who} unassigned ${nameOf(e.userId) ?? 'it'}`;
    case 'status_changed':
      return `${who} changed the status: ${statusLabel(str(e.data.from) ?? '?')} → ${statusLabel(str(e.data.to) ?? '?')}`;
    case 'priority_changed': {
      const to = str(e.data.to) as keyof typeof priorityLabels | null;
      return `${who} set the priority to ${to && priorityLabels[to] ? priorityLabels[to].toLowerCase() : to}`;
    }
    case 'tags_changed': {
      const added = list(e.data.added);
      const removed = list(e.data.removed);
      return [`${who} `, added.length ? `tagged ${added.join(', ')}` : '', added.length && removed.length ? ' and ' : '', removed.length ? `removed ${removed.join(', ')}` : ''].join('');
    }
    case 'snoozed':
      return `${who} snoozed it${str(e.data.until) ? ` until ${formatDateTime(str(e.data.until)!)}` : ''}`;
    case 'woke':
      return e.data.reason === 'reply' || e.data.reason === 'inbound' ? 'Woke up: a new message arrived' : 'Woke up from snooze';
    case 'merged':
      return `${who} merged it into another conversation`;
    case 'merged_in':
      return `${who} merged another conversation into this one`;
    default:
      return e.type.replace(/_/g, ' ');
  }
}
