import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMinute, slotTimes } from './slot-times.ts';

const iso = (ds: Date[]) => ds.map((d) => d.toISOString());

describe('weekly queue slots as instants', () => {
  it('places slots on their weekdays in the zone, in order', () => {
    // Monday 30 November 2026 and Wednesday 2 December, 09:00 and 17:30 in Paris (UTC+1).
    const slots = [{ weekday: 2, minuteOfDay: 9 * 60 }, { weekday: 0, minuteOfDay: 17 * 60 + 30 }, { weekday: 0, minuteOfDay: 9 * 60 }];
    assert.deepEqual(iso(slotTimes(slots, 'Europe/Paris', new Date('2026-11-30T09:00:00Z'), new Date('2026-12-03T00:00:00Z'))), ['2026-11-30T16:30:00.000Z', '2026-12-02T08:00:00.000Z']);
  });

  it('keeps a slot once a week across DST, moving one in the gap forward', () => {
    // Sundays at 02:30 in Paris: 22 March (CET), 29 March (the gap: 03:30 CEST), 5 April (CEST).
    const slots = [{ weekday: 6, minuteOfDay: 150 }];
    assert.deepEqual(iso(slotTimes(slots, 'Europe/Paris', new Date('2026-03-20T00:00:00Z'), new Date('2026-04-06T00:00:00Z'))), ['2026-03-22T01:30:00.000Z', '2026-03-29T01:30:00.000Z', '2026-04-05T00:30:00.000Z']);
    // Sunday 1 November 2026 01:30 in New York happens twice: the earlier one only.
    assert.deepEqual(iso(slotTimes(slots.map((s) => ({ ...s, minuteOfDay: 90 })), 'America/New_York', new Date('2026-10-31T00:00:00Z'), new Date('2026-11-02T00:00:00Z'))), ['2026-11-01T05:30:00.000Z']);
  });

  it('reads HH:mm times', () => {
    assert.equal(parseMinute('09:05'), 545);
    assert.equal(parseMinute('24:00'), undefined);
    assert.equal(parseMinute('9:05'), undefined);
  });
});
