// The round-robin rotation, pure: who gets the next conversation of a hat. Members wear the
// conversation's hat (or both), hold fewer open conversations than their cap, and the one given a
// conversation longest ago (never first) goes next. Each pick moves the member to the back with a
// stamp strictly later than any other, so picks made in the same instant keep their order.
import type { InboxHat } from '../vocabulary.ts';

export type RotationMember = { userId: string; hat: InboxHat | 'both'; cap: number; open: number; lastAssignedAt: Date | null };

export class Rotation {
  readonly members: RotationMember[];
  readonly #now: Date;
  #latest: number;
  readonly picked = new Map<string, Date>();

  constructor(members: RotationMember[], now: Date) {
    this.members = members.map((m) => ({ ...m }));
    this.#now = now;
    this.#latest = Math.max(0, ...this.members.map((m) => m.lastAssignedAt?.getTime() ?? 0));
  }

  /** The member who takes the next conversation of this hat, or undefined when nobody may. */
  next(hat: InboxHat): RotationMember | undefined {
    let best: RotationMember | undefined;
    for (const m of this.members) {
      if (m.open >= m.cap || (m.hat !== 'both' && m.hat !== hat)) continue;
      if (!best || before(m, best)) best = m;
    }
    if (!best) return undefined;
    const stamp = new Date(Math.max(this.#now.getTime(), this.#latest + 1));
    this.#latest = stamp.getTime();
    best.open += 1;
    best.lastAssignedAt = stamp;
    this.picked.set(best.userId, stamp);
    return best;
  }
}

// Never assigned first, then longest ago, then a stable tie-break.
function before(a: RotationMember, b: RotationMember): boolean {
  const at = a.lastAssignedAt?.getTime() ?? -Infinity;
  const bt = b.lastAssignedAt?.getTime() ?? -Infinity;
  return at !== bt ? at < bt : a.userId < b.userId;
}
