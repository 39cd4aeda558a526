// The pure rules of a status change and of the SLA state a conversation shows.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { slaView } from './sla-state.ts';
import { nextStatusFields } from './status-change.ts';

const now = new Date('2026-06-01T12:00:00Z');
const later = new Date('2026-06-01T15:00:00Z');
const open = { status: 'open', resolvedAt: null, snoozedUntil: null };

describe('status changes', () => {
  it('stamps resolved_at on resolving and clears it on reopening', () => {
    const resolved = nextStatusFields(open, { status: 'resolved' }, now);
    assert.deepEqual(resolved, { status: 'resolved', resolvedAt: now, snoozedUntil: null });
    assert.deepEqual(nextStatusFields(resolved, { status: 'resolved' }, later), resolved, 'resolving twice keeps the first time');
    assert.deepEqual(nextStatusFields(resolved, { status: 'escalated' }, later), { status: 'escalated', resolvedAt: null, snoozedUntil: null });
  });

  it('snoozes with a future time, wakes with null, and drops the snooze on any other status', () => {
    const snoozed = nextStatusFields(open, { snoozedUntil: later }, now);
    assert.deepEqual(snoozed, { status: 'snoozed', resolvedAt: null, snoozedUntil: later });
    assert.deepEqual(nextStatusFields(open, { status: 'snoozed', snoozedUntil: later }, now), snoozed);
    assert.deepEqual(nextStatusFields(snoozed, { snoozedUntil: null }, now), open);
    assert.deepEqual(nextStatusFields(snoozed, { status: 'pending' }, now), { status: 'pending', resolvedAt: null, snoozedUntil: null });
    assert.deepEqual(nextStatusFields(snoozed, { status: 'resolved' }, now), { status: 'resolved', resolvedAt: now, snoozedUntil: null });
    assert.deepEqual(nextStatusFields(snoozed, { status: 'snoozed' }, now), snoozed, 'still snoozed until the same time');
  });

  it('refuses a snooze without a time, in the past, or with another status', () => {
    assert.throws(() => nextStatusFields(open, { status: 'snoozed' }, now), { code: 'validation_failed' });
    assert.throws(() => nextStatusFields(open, { status: 'snoozed', snoozedUntil: null }, now), { code: 'validation_failed' });
    assert.throws(() => nextStatusFields(open, { snoozedUntil: now }, now), { code: 'schedule_in_past' });
    assert.throws(() => nextStatusFields(open, { status: 'open', snoozedUntil: later }, now), { code: 'validation_failed' });
  });
});

describe('SLA state', () => {
  const none = { status: 'open', resolvedAt: null, firstResponseAt: null, waitingSince: null, firstResponseDueAt: null, nextResponseDueAt: null, resolutionDueAt: null };
  const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

  it('follows the next target still to meet', () => {
    assert.equal(slaView(none, now).state, 'none');
    assert.deepEqual([slaView({ ...none, firstResponseDueAt: at(60) }, now).state, slaView({ ...none, firstResponseDueAt: at(10) }, now).state, slaView({ ...none, firstResponseDueAt: at(-1) }, now).state], ['ok', 'warning', 'breached']);
    assert.equal(slaView({ ...none, firstResponseDueAt: at(40) }, now, 60).state, 'warning', "the policy's own warning window");
    const answered = { ...none, firstResponseAt: at(-30), firstResponseDueAt: at(-10), resolutionDueAt: at(300) };
    assert.deepEqual([slaView(answered, now).kind, slaView(answered, now).state], ['resolution', 'ok'], 'a met first response no longer counts');
    const waiting = { ...answered, waitingSince: at(-5), nextResponseDueAt: at(5) };
    assert.deepEqual([slaView(waiting, now).kind, slaView(waiting, now).state], ['next_response', 'warning']);
    assert.deepEqual([slaView({ ...waiting, waitingSince: null }, now).kind], ['resolution'], 'nobody waits: no next response is owed');
    assert.equal(slaView({ ...waiting, status: 'resolved', resolvedAt: now }, now).state, 'none');
  });
});
