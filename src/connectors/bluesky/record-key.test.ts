import { it } from 'node:test';
import assert from 'node:assert/strict';
import { recordKeyFor } from './record-key.ts';

// https://atproto.com/specs/tid: 13 base32-sortable characters, the first with its top bit clear.
const isValidTid = (s: string) => /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/.test(s);

it('derives the same valid TID from the same idempotency key, and different ones from different keys', () => {
  const keys = Array.from({ length: 2000 }, (_, i) => `key-${i}`);
  const tids = keys.map(recordKeyFor);
  for (const tid of tids) assert.ok(isValidTid(tid), `${tid} is not a TID`);
  assert.equal(recordKeyFor('key-7'), tids[7]);
  assert.equal(new Set(tids).size, tids.length);
  // 54 significant bits (44 of time, 10 of clock id): the first two characters encode zeros.
  assert.ok(tids.every((tid) => tid.startsWith('22')));
});
