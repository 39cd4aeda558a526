import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { open, seal } from './secrets.ts';

describe('sealed secrets', () => {
  const current = randomBytes(32);
  it('round-trips and never contains the plaintext', () => {
    const sealed = seal({ current, previous: [] }, 'token-abc');
    assert.doesNotMatch(sealed, /token-abc/);
    assert.equal(open({ current, previous: [] }, sealed), 'token-abc');
    assert.notEqual(seal({ current, previous: [] }, 'token-abc'), sealed, 'a fresh IV each time');
  });

  it('opens with a previous key after rotation, and refuses tampering or unknown keys', () => {
    const sealed = seal({ current, previous: [] }, 'x');
    const next = randomBytes(32);
    assert.equal(open({ current: next, previous: [current] }, sealed), 'x');
    assert.throws(() => open({ current: next, previous: [] }, sealed), /unknown key/);
    const parts = sealed.split(':');
    parts[4] = Buffer.from('y').toString('base64');
    assert.throws(() => open({ current, previous: [] }, parts.join(':')));
  });
});
