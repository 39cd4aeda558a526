// Key rotation: every sealed secret (channel credentials, outbound webhook secrets) moves to the
// new key in batches, opens with the new key alone afterwards, and a rerun changes nothing.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { insertTestChannel } from '../../testing/test-channel.ts';
import { beginKeyFileRotation, finishKeyFileRotation, keyFile, loadKeyring, previousKeyFile } from '../../crypto/load-keyring.ts';
import { currentKeyId, open, seal, sealedKeyId, type Keyring } from '../../crypto/secrets.ts';
import { systemActor } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { resealSecrets } from './rotate-keys.ts';

describe('keys rotate', () => {
  let t: TestApp;
  let workspaceId: string;
  const oldKey = randomBytes(32);
  const newKey = randomBytes(32);
  const sealedValues = async () => [
    ...(await t.database.query<{ v: string }>('select credentials as v from channels where credentials is not null order by id')).map((r) => r.v),
    ...(await t.database.query<{ v: string }>('select secret as v from outbound_webhooks order by id')).map((r) => r.v),
  ];

  before(async () => {
    t = await createTestApp();
    ({ workspaceId } = await t.setupOwner());
    const old: Keyring = { current: oldKey, previous: [] };
    for (let i = 0; i < 5; i++) await insertTestChannel(t.database.db, { workspaceId, keyring: old, displayName: `c${i}`, credentials: { kind: 'bot-token', token: `token-${i}` } });
    await insertTestChannel(t.database.db, { workspaceId, displayName: 'no credentials' });
    await t.database.query(`insert into outbound_webhooks (id, workspace_id, name, url, secret) values ($1, $2, 'hook', 'https://example.com', $3)`, [newId(), workspaceId, seal(old, 'whsec-1')]);
  });
  after(() => t.close());

  it('re-seals every secret with the new key in batches, readable with the new key alone', async () => {
    const ctx = { db: t.database.db, clock: t.runtime.clock, actor: systemActor('cli'), keyring: { current: newKey, previous: [oldKey] } };
    const report = await resealSecrets(ctx, { batchSize: 2 });
    assert.deepEqual(report.resealed, { 'channels.credentials': 5, 'outbound_webhooks.secret': 1 });
    assert.deepEqual(report.unreadable, []);
    const values = await sealedValues();
    assert.equal(values.length, 6);
    const alone: Keyring = { current: newKey, previous: [] };
    for (const v of values) assert.equal(sealedKeyId(v), currentKeyId(alone));
    assert.deepEqual(values.map((v) => open(alone, v)).sort(), ['whsec-1', ...[0, 1, 2, 3, 4].map((i) => JSON.stringify({ kind: 'bot-token', token: `token-${i}` }))].sort());
    const audit = await t.database.query<{ n: number }>(`select count(*)::int as n from audit_entries where action = 'secrets.reseal'`);
    assert.equal(audit[0]!.n, 4, 'one entry per batch and workspace: 2 + 2 + 1 channels, 1 webhook');
  });

  it('changes nothing when run again, and reports secrets no key opens', async () => {
    const before = await sealedValues();
    const ctx = { db: t.database.db, clock: t.runtime.clock, actor: systemActor('cli'), keyring: { current: newKey, previous: [] } };
    assert.deepEqual((await resealSecrets(ctx)).resealed, { 'channels.credentials': 0, 'outbound_webhooks.secret': 0 });
    assert.deepEqual(await sealedValues(), before);
    const lost = await insertTestChannel(t.database.db, { workspaceId, keyring: { current: randomBytes(32), previous: [] }, credentials: { token: 'lost' } });
    assert.deepEqual((await resealSecrets(ctx)).unreadable, [{ column: 'channels.credentials', id: lost.id }]);
  });

  it('rotates the generated key file, keeping the old key as previous until the end, resumable', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-keys-'));
    try {
      const first = loadKeyring({ dataDir: dir });
      const sealed = seal(first, 'secret');
      assert.deepEqual(beginKeyFileRotation(dir), { resumed: false });
      const during = loadKeyring({ dataDir: dir });
      assert.notDeepEqual(during.current, first.current);
      assert.deepEqual(during.previous, [first.current]);
      assert.equal(open(during, sealed), 'secret');
      // Interrupted here: a second run resumes with the same new key.
      assert.deepEqual(beginKeyFileRotation(dir), { resumed: true });
      assert.deepEqual(loadKeyring({ dataDir: dir }).current, during.current);
      finishKeyFileRotation(dir);
      assert.equal(fs.existsSync(previousKeyFile(dir)), false);
      assert.deepEqual(loadKeyring({ dataDir: dir }), { current: during.current, previous: [] });
      assert.equal((fs.statSync(keyFile(dir)).mode & 0o777).toString(8), '600');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads previous keys from TANDEM_ENCRYPTION_KEY_PREVIOUS', () => {
    const keyring = loadKeyring({ encryptionKey: newKey.toString('base64'), previousEncryptionKeys: [oldKey.toString('base64')], dataDir: '/nonexistent' });
    assert.deepEqual(keyring, { current: newKey, previous: [oldKey] });
  });
});
