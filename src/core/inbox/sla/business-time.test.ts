import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addBusinessMinutes, businessSecondsBetween, type BusinessHours, type BusinessSchedule, type DayHours } from './business-time.ts';

const nineToFive: DayHours = [['09:00', '17:00']];
const weekdays9to5: BusinessHours['week'] = { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive };
const paris = (holidays: string[] = []): BusinessSchedule => ({ hours: { timeZone: 'Europe/Paris', week: weekdays9to5 }, holidays });
const at = (iso: string) => new Date(iso);

describe('business time', () => {
  it('carries a target over the weekend in which Paris springs forward (the Monday opens at 07:00 UTC, not 08:00)', () => {
    // Friday 27 March 2026, 16:00 in Paris (CET, UTC+1); Sunday 29 March the clocks go to CEST.
    const due = addBusinessMinutes(at('2026-03-27T15:00:00Z'), 120, paris());
    assert.equal(due?.toISOString(), '2026-03-30T08:00:00.000Z', 'one hour on Friday, one on Monday from 09:00 CEST');
    assert.equal(businessSecondsBetween(at('2026-03-27T15:00:00Z'), at('2026-03-30T08:00:00Z'), paris()), 7200);
  });

  it('carries a target over the weekend in which Paris falls back', () => {
    // Friday 23 October 2026, 16:00 CEST (UTC+2); Sunday 25 October back to CET.
    const due = addBusinessMinutes(at('2026-10-23T14:00:00Z'), 120, paris());
    assert.equal(due?.toISOString(), '2026-10-26T09:00:00.000Z');
    assert.equal(businessSecondsBetween(at('2026-10-23T14:00:00Z'), at('2026-10-26T09:00:00Z'), paris()), 7200);
  });

  it('counts a round-the-clock day by the clock: 23 hours on the night of the change', () => {
    const weekend: BusinessSchedule = { hours: { timeZone: 'Europe/Paris', week: { sat: [['00:00', '24:00']], sun: [['00:00', '24:00']] } }, holidays: [] };
    // Saturday 28 March 00:00 CET to Monday 30 March 00:00 CEST.
    assert.equal(businessSecondsBetween(at('2026-03-27T23:00:00Z'), at('2026-03-29T22:00:00Z'), weekend), 47 * 3600);
    assert.equal(addBusinessMinutes(at('2026-03-27T23:00:00Z'), 47 * 60, weekend)?.toISOString(), '2026-03-29T22:00:00.000Z');
  });

  it('stops the clock on a holiday', () => {
    // Thursday 30 April 16:30 CEST; Friday 1 May is a holiday; Monday 4 May opens at 09:00 CEST.
    const due = addBusinessMinutes(at('2026-04-30T14:30:00Z'), 60, paris(['2026-05-01']));
    assert.equal(due?.toISOString(), '2026-05-04T07:30:00.000Z');
    assert.equal(addBusinessMinutes(at('2026-04-30T14:30:00Z'), 60, paris())?.toISOString(), '2026-05-01T07:30:00.000Z', 'without the holiday: Friday');
    assert.equal(businessSecondsBetween(at('2026-04-30T14:30:00Z'), at('2026-05-04T07:30:00Z'), paris(['2026-05-01'])), 3600);
  });

  it('starts a target given outside hours at the next opening, and ends one on the closing minute', () => {
    assert.equal(addBusinessMinutes(at('2026-03-24T19:00:00Z'), 30, paris())?.toISOString(), '2026-03-25T08:30:00.000Z', 'Tuesday 20:00 -> Wednesday 09:30 CET');
    assert.equal(addBusinessMinutes(at('2026-03-24T08:00:00Z'), 480, paris())?.toISOString(), '2026-03-24T16:00:00.000Z', 'a full day ends at 17:00');
    assert.equal(businessSecondsBetween(at('2026-03-24T19:00:00Z'), at('2026-03-25T07:00:00Z'), paris()), 0, 'the night counts nothing');
  });

  it('handles split days and hours that run to midnight', () => {
    const night: BusinessSchedule = { hours: { timeZone: 'UTC', week: { mon: [['08:00', '12:00'], ['22:00', '24:00']], tue: [['00:00', '02:00']] } }, holidays: [] };
    // Monday 30 March 2026 23:00 UTC + 90 minutes: one hour to midnight, half an hour on Tuesday.
    assert.equal(addBusinessMinutes(at('2026-03-30T23:00:00Z'), 90, night)?.toISOString(), '2026-03-31T00:30:00.000Z');
    assert.equal(addBusinessMinutes(at('2026-03-30T11:00:00Z'), 120, night)?.toISOString(), '2026-03-30T23:00:00.000Z', 'from the morning block to the night one');
    assert.equal(businessSecondsBetween(at('2026-03-30T00:00:00Z'), at('2026-03-31T12:00:00Z'), night), 8 * 3600);
  });

  it('runs around the clock without hours, and never meets a target with an empty week', () => {
    const always: BusinessSchedule = { hours: null, holidays: [] };
    assert.equal(addBusinessMinutes(at('2026-03-28T10:00:00Z'), 90, always)?.toISOString(), '2026-03-28T11:30:00.000Z');
    assert.equal(businessSecondsBetween(at('2026-03-28T10:00:00Z'), at('2026-03-28T10:00:59.900Z'), always), 59);
    assert.equal(addBusinessMinutes(at('2026-03-28T10:00:00Z'), 1, { hours: { timeZone: 'UTC', week: {} }, holidays: [] }), null);
  });
});
