import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, testPassword, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('members, invitations, roles and hats', () => {
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

  it('invites a community manager who accepts, wears the community hat and shows in the members list', async () => {
    const { client } = await t.addMember(owner, base.split('/').pop()!, 'cm@example.com', 'community_manager');
    const session = await client.get('/api/v1/auth/session');
    assert.deepEqual(session.body.workspaces.map((w: { role: string; hat: string }) => [w.role, w.hat]), [['community_manager', 'community']]);
    const members = await owner.get(`${base}/members`);
    assert.deepEqual(members.body.members.map((m: { email: string }) => m.email).sort(), ['cm@example.com', 'owner@example.com']);
    assert.equal(members.body.invitations.length, 0);
  });

  it('uses an invitation only once, and lets an existing user join with their own password', async () => {
    const inv = await owner.post(`${base}/invitations`, { email: 'cm@example.com', role: 'analyst' });
    assert.equal(inv.status, 409, 'already a member');
    const other = await owner.post('/api/v1/workspaces', { name: 'Second brand' });
    const second = `/api/v1/workspaces/${other.body.id}`;
    const link = (await owner.post(`${second}/invitations`, { email: 'cm@example.com', role: 'analyst' })).body.link as string;
    const token = new URL(link).hash.slice(1);
    const lookup = await t.client().post('/api/v1/invitations/lookup', { token });
    assert.deepEqual(lookup.body, { workspaceName: 'Second brand', email: 'cm@example.com', role: 'analyst', hasAccount: true });
    const wrong = await t.client().post('/api/v1/invitations/accept', { token, password: 'not my password' });
    assert.equal(wrong.body.code, 'invalid_credentials');
    const cm = t.client();
    assert.equal((await cm.post('/api/v1/invitations/accept', { token, password: testPassword })).status, 200);
    const again = await t.client().post('/api/v1/invitations/accept', { token, password: testPassword });
    assert.equal(again.status, 410);
    assert.equal(again.body.code, 'invitation_invalid');
    const session = await cm.get('/api/v1/auth/session');
    assert.deepEqual(session.body.workspaces.map((w: { role: string }) => w.role).sort(), ['analyst', 'community_manager']);
  });

  it('switches hats only where the role allows', async () => {
    const { client } = await t.addMember(owner, base.split('/').pop()!, 'smm@example.com', 'social_media_manager');
    const refused = await client.put(`${base}/hat`, { hat: 'community' });
    assert.equal(refused.status, 422);
    assert.equal(refused.body.code, 'hat_not_allowed');
    assert.equal((await owner.put(`${base}/hat`, { hat: 'community' })).body.hat, 'community');
    assert.equal((await owner.put(`${base}/hat`, { hat: 'both' })).body.hat, 'both');
  });

  it('keeps at least one owner and stops admins from touching owners', async () => {
    const members = (await owner.get(`${base}/members`)).body.members as { id: string; email: string }[];
    const ownerMember = members.find((m) => m.email === 'owner@example.com')!;
    const demote = await owner.patch(`${base}/members/${ownerMember.id}`, { role: 'admin' });
    assert.equal(demote.status, 409);
    assert.equal(demote.body.code, 'last_owner');
    assert.equal((await owner.delete(`${base}/members/${ownerMember.id}`)).body.code, 'last_owner');

    const { client: admin } = await t.addMember(owner, base.split('/').pop()!, 'admin@example.com', 'admin');
    assert.equal((await admin.patch(`${base}/members/${ownerMember.id}`, { role: 'analyst' })).body.code, 'role_too_high');
    assert.equal((await admin.post(`${base}/invitations`, { email: 'new-owner@example.com', role: 'owner' })).body.code, 'role_too_high');
    assert.equal((await admin.post(`${base}/tokens`, { name: 'too strong', role: 'owner' })).body.code, 'role_too_high');
    const smm = members.find((m) => m.email === 'smm@example.com')!;
    const changed = await admin.patch(`${base}/members/${smm.id}`, { role: 'community_manager' });
    assert.deepEqual([changed.body.role, changed.body.hat], ['community_manager', 'community']);
    assert.equal((await admin.delete(`${base}/members/${smm.id}`)).status, 204);
  });

  it('revokes a pending invitation', async () => {
    const inv = await owner.post(`${base}/invitations`, { email: 'later@example.com', role: 'approver' });
    assert.equal((await owner.delete(`${base}/invitations/${inv.body.id}`)).status, 204);
    const token = new URL(inv.body.link).hash.slice(1);
    assert.equal((await t.client().post('/api/v1/invitations/lookup', { token })).status, 410);
  });
});
