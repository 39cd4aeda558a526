import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, testPassword, type TestApp } from '../../testing/test-app.ts';

describe('first-run setup and sign-in', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('asks for setup until the owner exists, then refuses a second setup', async () => {
    const anon = t.client();
    assert.deepEqual((await anon.get('/api/v1/setup')).body, { needed: true });
    const { owner, workspaceId } = await t.setupOwner();
    assert.deepEqual((await anon.get('/api/v1/setup')).body, { needed: false });
    const again = await anon.post('/api/v1/setup', { name: 'Mallory', email: 'm@example.com', password: testPassword, workspaceName: 'Evil' });
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'setup_done');
    assert.equal(again.headers.get('content-type'), 'application/problem+json');
    const session = await owner.get('/api/v1/auth/session');
    assert.equal(session.body.user.email, 'owner@example.com');
    assert.deepEqual(session.body.workspaces.map((w: { id: string; role: string }) => [w.id, w.role]), [[workspaceId, 'owner']]);
  });

  it('sets an HttpOnly, SameSite, Secure session cookie and needs the CSRF header on unsafe requests', async () => {
    const c = t.client();
    const res = await c.post('/api/v1/auth/login', { email: 'OWNER@example.com', password: testPassword });
    assert.equal(res.status, 200);
    const cookie = res.headers.get('set-cookie')!;
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.match(cookie, /Secure/);
    const csrf = c.csrf;
    c.csrf = undefined;
    const refused = await c.post('/api/v1/workspaces', { name: 'Second' });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'csrf_failed');
    c.csrf = csrf;
    assert.equal((await c.post('/api/v1/workspaces', { name: 'Second' })).status, 201);
  });

  it('rejects bad bodies with validation_failed and the request id', async () => {
    const res = await t.client().post('/api/v1/auth/login', { email: 'not-an-email' });
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'validation_failed');
    assert.ok(res.body.requestId);
    assert.equal(res.body.requestId, res.headers.get('x-request-id'));
    assert.ok(res.body.errors.some((e: { path: string }) => e.path === 'email'));
  });

  it('limits failed logins per e-mail and answers 429 with Retry-After', async () => {
    const c = t.client();
    for (let i = 0; i < 5; i++) {
      assert.equal((await c.post('/api/v1/auth/login', { email: 'victim@example.com', password: 'wrong-password' })).status, 401);
    }
    const blocked = await c.post('/api/v1/auth/login', { email: 'victim@example.com', password: 'wrong-password' });
    assert.equal(blocked.status, 429);
    assert.equal(blocked.body.code, 'rate_limited');
    assert.ok(Number(blocked.headers.get('retry-after')) > 0);
  });

  it('changes the password, ends other sessions, and logs out', async () => {
    const a = t.client();
    const b = t.client();
    await a.post('/api/v1/auth/login', { email: 'owner@example.com', password: testPassword });
    await b.post('/api/v1/auth/login', { email: 'owner@example.com', password: testPassword });
    const wrong = await a.post('/api/v1/auth/password', { currentPassword: 'nope', newPassword: 'another long password' });
    assert.equal(wrong.body.code, 'invalid_credentials');
    assert.equal((await a.post('/api/v1/auth/password', { currentPassword: testPassword, newPassword: 'another long password' })).status, 204);
    const workspaceId = (await a.get('/api/v1/auth/session')).body.workspaces[0].id;
    const audit = await a.get(`/api/v1/workspaces/${workspaceId}/audit?action=user.password_change`);
    assert.equal(audit.body.items.length, 1);
    assert.ok(audit.body.items[0].after.otherSessionsEnded >= 1);
    assert.doesNotMatch(JSON.stringify(audit.body), /another long password/);
    assert.equal((await b.get('/api/v1/auth/session')).status, 401);
    assert.equal((await a.get('/api/v1/auth/session')).status, 200);
    assert.equal((await a.post('/api/v1/auth/logout')).status, 204);
    assert.equal((await a.get('/api/v1/auth/session')).status, 401);
    const login = await t.client().post('/api/v1/auth/login', { email: 'owner@example.com', password: 'another long password' });
    assert.equal(login.status, 200);
  });
});
