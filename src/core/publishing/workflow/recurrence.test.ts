import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextOccurrence } from './recurrence.ts';

const next = (at: string, zone: string, r: Parameters<typeof nextOccurrence>[2]) => nextOccurrence(new Date(at), zone, r);

describe('next occurrence of a recurring post', () => {
  it('keeps the wall-clock time across the spring and autumn changes', () => {
    // 09:00 in Paris is 08:00 UTC before 29 March and 07:00 UTC after.
    assert.equal(next('2026-03-28T08:00:00Z', 'Europe/Paris', { frequency: 'daily', interval: 1 })!.at.toISOString(), '2026-03-29T07:00:00.000Z');
    assert.equal(next('2026-10-28T13:00:00Z', 'America/New_York', { frequency: 'weekly', interval: 1 })!.at.toISOString(), '2026-11-04T14:00:00.000Z');
  });

  it('steps by the interval and falls on the last day of a shorter month', () => {
    assert.equal(next('2026-01-05T10:00:00Z', 'UTC', { frequency: 'daily', interval: 3 })!.at.toISOString(), '2026-01-08T10:00:00.000Z');
    assert.equal(next('2026-01-31T10:00:00Z', 'UTC', { frequency: 'monthly', interval: 1 })!.at.toISOString(), '2026-02-28T10:00:00.000Z');
    assert.equal(next('2026-11-15T10:00:00Z', 'UTC', { frequency: 'monthly', interval: 2 })!.at.toISOString(), '2027-01-15T10:00:00.000Z');
  });

  it('stops after count occurrences or past until', () => {
    const second = next('2026-01-05T10:00:00Z', 'UTC', { frequency: 'daily', interval: 1, count: 2 });
    assert.deepEqual(second!.recurrence, { frequency: 'daily', interval: 1, count: 1 });
    assert.equal(nextOccurrence(second!.at, 'UTC', second!.recurrence), undefined);
    assert.ok(next('2026-01-05T10:00:00Z', 'UTC', { frequency: 'daily', interval: 1, until: '2026-01-06' }));
    assert.equal(next('2026-01-06T10:00:00Z', 'UTC', { frequency: 'daily', interval: 1, until: '2026-01-06' }), undefined);
    assert.equal(next('2026-01-06T10:00:00Z', 'UTC', { frequency: 'daily', interval: 1, until: '2026-01-07T09:00:00Z' }), undefined);
  });
});
