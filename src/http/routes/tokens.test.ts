import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('API tokens', () => {
  let t: TestApp;
  let owner: TestClient;
  let base: string;
  before(async () => {
    t = await createTestApp();
    const setup = await t.setupOwner();
    owner = setup.owner;
    base = `/api/v1/workspaces/${setup.workspaceId}`;
  });
  after(() => t.close());

  it('acts with the role it was given, shows the secret once, and stops when revoked', async () => {
    const created = await owner.post(`${base}/tokens`, { name: 'reporting', role: 'analyst' });
    assert.equal(created.status, 201);
    assert.match(created.body.secret, /^tdm_/);
    const bot = t.client();
    bot.bearer = created.body.secret;
    assert.equal((await bot.get(`${base}/people`)).status, 200);
    const refused = await bot.post(`${base}/people`, { displayName: 'x' });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'forbidden');
    // No CSRF header is needed with a bearer token, and the token is not a session.
    assert.equal((await bot.get('/api/v1/auth/session')).status, 401);
    const listed = await owner.get(`${base}/tokens`);
    assert.doesNotMatch(JSON.stringify(listed.body), new RegExp(created.body.secret));
    assert.equal(listed.body[0].prefix, created.body.secret.slice(0, 10));
    assert.ok(listed.body[0].lastUsedAt);
    assert.equal((await owner.delete(`${base}/tokens/${created.body.id}`)).status, 204);
    const after = await bot.get(`${base}/people`);
    assert.equal(after.status, 401);
    assert.equal(after.body.code, 'unauthenticated');
  });

  it('is stored only as a hash', async () => {
    const created = await owner.post(`${base}/tokens`, { name: 'hash check', role: 'analyst' });
    const rows = await t.database.query<{ doc: string }>('select row_to_json(t)::text as doc from api_tokens t');
    for (const row of rows) assert.doesNotMatch(row.doc, new RegExp(created.body.secret));
  });

  it('expires', async () => {
    const created = await owner.post(`${base}/tokens`, { name: 'short', role: 'analyst', expiresInDays: 1 });
    await t.database.query(`update api_tokens set expires_at = now() - interval '1 minute' where id = $1`, [created.body.id]);
    const bot = t.client();
    bot.bearer = created.body.secret;
    assert.equal((await bot.get(`${base}/people`)).status, 401);
  });
});
