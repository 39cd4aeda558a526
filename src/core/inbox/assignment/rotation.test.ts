import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Rotation, type RotationMember } from './rotation.ts';

const now = new Date('2026-12-01T10:00:00Z');
const member = (userId: string, over: Partial<RotationMember> = {}): RotationMember => ({ userId, hat: 'both', cap: 10, open: 0, lastAssignedAt: null, ...over });

describe('round-robin rotation', () => {
  it('goes to those never assigned first, then the longest ago, and keeps turning', () => {
    const r = new Rotation([member('a', { lastAssignedAt: new Date('2026-12-01T09:00:00Z') }), member('b'), member('c', { lastAssignedAt: new Date('2026-12-01T08:00:00Z') })], now);
    assert.deepEqual([1, 2, 3, 4, 5, 6].map(() => r.next('community')?.userId), ['b', 'c', 'a', 'b', 'c', 'a']);
  });

  it('skips members at their cap and those wearing the other hat', () => {
    const r = new Rotation([member('social', { hat: 'social' }), member('full', { open: 2, cap: 2 }), member('cm', { hat: 'community', cap: 1 })], now);
    assert.equal(r.next('community')?.userId, 'cm');
    assert.equal(r.next('community'), undefined, 'cm reached the cap of 1, the others do not qualify');
    assert.equal(r.next('social')?.userId, 'social');
  });

  it('stamps picks made in the same instant in order, after every earlier stamp', () => {
    const later = new Date('2026-12-01T11:00:00Z');
    const r = new Rotation([member('a'), member('b', { lastAssignedAt: later })], now);
    r.next('social');
    r.next('social');
    const [a, b] = [r.picked.get('a')!, r.picked.get('b')!];
    assert.ok(a > later, 'a stamp never goes back behind one already stored');
    assert.ok(b > a);
  });
});
