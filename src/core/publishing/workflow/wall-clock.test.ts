import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, fromWallClock, parseWallClock, toWallClock, weekdayOf } from './wall-clock.ts';

const at = (text: string, zone: string) => fromWallClock(parseWallClock(text)!, zone).toISOString();

describe('wall clock in a time zone', () => {
  it('converts ordinary times both ways, in winter and summer', () => {
    assert.equal(at('2026-01-15T09:00', 'Europe/Paris'), '2026-01-15T08:00:00.000Z');
    assert.equal(at('2026-07-15T09:00', 'Europe/Paris'), '2026-07-15T07:00:00.000Z');
    assert.equal(at('2026-07-15T09:00', 'America/New_York'), '2026-07-15T13:00:00.000Z');
    assert.deepEqual(toWallClock(new Date('2026-01-15T14:00:00Z'), 'America/New_York'), { year: 2026, month: 1, day: 15, hour: 9, minute: 0 });
    assert.equal(at('2026-03-10T12:00', 'UTC'), '2026-03-10T12:00:00.000Z');
  });

  it('moves a time in the spring-forward gap forward by the gap (Paris, 29 March 2026)', () => {
    // 02:00 becomes 03:00 CEST: 02:30 does not exist and is read as 03:30 (01:30 UTC).
    assert.equal(at('2026-03-29T02:30', 'Europe/Paris'), '2026-03-29T01:30:00.000Z');
    assert.equal(at('2026-03-29T02:00', 'Europe/Paris'), '2026-03-29T01:00:00.000Z');
    assert.equal(at('2026-03-29T01:59', 'Europe/Paris'), '2026-03-29T00:59:00.000Z');
    assert.equal(at('2026-03-29T03:00', 'Europe/Paris'), '2026-03-29T01:00:00.000Z');
  });

  it('moves a time in the spring-forward gap forward by the gap (New York, 8 March 2026)', () => {
    assert.equal(at('2026-03-08T02:15', 'America/New_York'), '2026-03-08T07:15:00.000Z');
    assert.deepEqual(toWallClock(new Date('2026-03-08T07:15:00Z'), 'America/New_York'), { year: 2026, month: 3, day: 8, hour: 3, minute: 15 });
  });

  it('takes the earlier instant of a time that happens twice in the autumn overlap', () => {
    // Paris, 25 October 2026: 03:00 CEST goes back to 02:00 CET, so 02:30 happens at 00:30 and 01:30 UTC.
    assert.equal(at('2026-10-25T02:30', 'Europe/Paris'), '2026-10-25T00:30:00.000Z');
    // New York, 1 November 2026: 01:30 happens at 05:30 (EDT) and 06:30 UTC (EST).
    assert.equal(at('2026-11-01T01:30', 'America/New_York'), '2026-11-01T05:30:00.000Z');
    assert.equal(at('2026-11-01T02:30', 'America/New_York'), '2026-11-01T07:30:00.000Z');
  });

  it('knows local days that are 23 and 25 hours long', () => {
    const hours = (from: string, to: string, zone: string) => (fromWallClock(parseWallClock(to)!, zone).getTime() - fromWallClock(parseWallClock(from)!, zone).getTime()) / 3600_000;
    assert.equal(hours('2026-03-29T00:00', '2026-03-30T00:00', 'Europe/Paris'), 23);
    assert.equal(hours('2026-11-01T00:00', '2026-11-02T00:00', 'America/New_York'), 25);
  });

  it('refuses dates that do not exist and counts weekdays from Monday', () => {
    assert.equal(parseWallClock('2026-02-30T10:00'), undefined);
    assert.equal(parseWallClock('2026-02-10 10:00'), undefined);
    assert.equal(parseWallClock('2026-02-10T24:00'), undefined);
    assert.equal(weekdayOf({ year: 2026, month: 11, day: 30 }), 0);
    assert.equal(weekdayOf({ year: 2026, month: 12, day: 6 }), 6);
    assert.deepEqual(addDays({ year: 2026, month: 12, day: 31 }, 1), { year: 2027, month: 1, day: 1 });
  });
});
