// What the list and the conversation show of the SLA timers: the next target still to meet, and
// whether it is ok, about to slip (within the policy's warning window) or already missed. The due
// times are set by the SLA engine (src/core/inbox/sla/); a target already met no longer counts.
export type SlaState = 'ok' | 'warning' | 'breached' | 'none';
export type SlaKind = 'first_response' | 'next_response' | 'resolution';
export type SlaView = { state: SlaState; dueAt: Date | null; kind: SlaKind | null; firstResponseDueAt: Date | null; nextResponseDueAt: Date | null; resolutionDueAt: Date | null };

export type SlaFields = {
  status: string;
  resolvedAt: Date | null;
  firstResponseAt: Date | null;
  waitingSince: Date | null;
  firstResponseDueAt: Date | null;
  nextResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
};

/** Minutes before a target when it shows as a warning, when the conversation has no policy. */
export const defaultWarnBeforeMinutes = 15;

export function slaView(c: SlaFields, now: Date, warnBeforeMinutes: number | null = null): SlaView {
  const base = { firstResponseDueAt: c.firstResponseDueAt, nextResponseDueAt: c.nextResponseDueAt, resolutionDueAt: c.resolutionDueAt };
  if (c.resolvedAt || c.status === 'resolved') return { state: 'none', dueAt: null, kind: null, ...base };
  const pending: [SlaKind, Date | null][] = [
    ['first_response', c.firstResponseAt ? null : c.firstResponseDueAt],
    // The next response is owed only while the person waits, after a first answer.
    ['next_response', c.firstResponseAt && c.waitingSince ? c.nextResponseDueAt : null],
    ['resolution', c.resolutionDueAt],
  ];
  let next: [SlaKind, Date] | undefined;
  for (const [kind, due] of pending) if (due && (!next || due < next[1])) next = [kind, due];
  if (!next) return { state: 'none', dueAt: null, kind: null, ...base };
  const [kind, dueAt] = next;
  const warnMs = (warnBeforeMinutes ?? defaultWarnBeforeMinutes) * 60_000;
  const state: SlaState = now >= dueAt ? 'breached' : now.getTime() >= dueAt.getTime() - warnMs ? 'warning' : 'ok';
  return { state, dueAt, kind, ...base };
}
