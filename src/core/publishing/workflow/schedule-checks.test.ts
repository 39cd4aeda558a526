import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { busiestWindow } from './schedule-checks.ts';

const t = new Date('2026-04-02T10:00:00Z');
const minutes = (m: number) => new Date(t.getTime() + m * 60_000);
const hour = 3600_000;

describe('publish rate-limit windows around a time', () => {
  it('counts the busiest window that holds the time, not two windows end to end', () => {
    // 59 minutes before and after: any one hour holding 10:00 holds two posts, never three.
    assert.equal(busiestWindow([minutes(-59), minutes(59)], t, hour), 2);
    assert.equal(busiestWindow([minutes(-30), minutes(20)], t, hour), 3);
  });

  it('leaves out posts a whole window away, and counts the new one alone otherwise', () => {
    assert.equal(busiestWindow([minutes(-60), minutes(60)], t, hour), 1);
    assert.equal(busiestWindow([], t, hour), 1);
  });
});
