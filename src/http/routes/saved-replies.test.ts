// Saved replies through the API: kept with inbox.configure, unique shortcuts whatever their case,
// unknown variables refused when saved, used (listed, rendered for a conversation) with inbox.reply.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertTestConversation } from '../../core/inbox/replies/testing/conversation-fixture.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { insertTestChannel } from '../../testing/test-channel.ts';

describe('saved replies API', () => {
  let t: TestApp;
  let owner: TestClient;
  let cm: TestClient;
  let analyst: TestClient;
  let workspaceId: string;
  let collection: string;
  let channelId: string;
  before(async () => {
    t = await createTestApp();
    ({ owner, workspaceId } = await t.setupOwner());
    collection = `/api/v1/workspaces/${workspaceId}/inbox/saved-replies`;
    cm = (await t.addMember(owner, workspaceId, 'chris.cm@example.com', 'community_manager')).client;
    analyst = (await t.addMember(owner, workspaceId, 'ana@example.com', 'analyst')).client;
    channelId = (await insertTestChannel(t.database.db, { workspaceId, network: 'mastodon', displayName: 'Acme on Mastodon' })).id;
  });
  after(() => t.close());

  it('creates, lists by shortcut, edits and deletes; writing needs inbox.configure, using inbox.reply', async () => {
    const created = await owner.post(collection, { name: 'Shipping delay', shortcut: 'delay', body: 'Hi {{ person.first_name }}, sorry for the wait!' });
    assert.equal(created.status, 201);
    assert.equal((await owner.post(collection, { name: 'Apology', shortcut: 'apology', body: 'We are sorry.' })).status, 201);
    assert.equal((await cm.post(collection, { name: 'Mine', shortcut: 'mine', body: 'x' })).status, 403);
    assert.equal((await cm.patch(`${collection}/${created.body.id}`, { name: 'Changed' })).status, 403);
    const listed = await cm.get(collection);
    assert.deepEqual(listed.body.items.map((r: { shortcut: string }) => r.shortcut), ['apology', 'delay']);
    assert.deepEqual((await cm.get(`${collection}?q=ship`)).body.items.map((r: { shortcut: string }) => r.shortcut), ['delay']);
    assert.equal((await analyst.get(collection)).status, 403);
    const edited = await owner.patch(`${collection}/${created.body.id}`, { body: 'Hello {{person.name}}' });
    assert.equal(edited.status, 200);
    assert.equal(edited.body.body, 'Hello {{person.name}}');
    assert.equal((await owner.delete(`${collection}/${created.body.id}`)).status, 204);
    assert.equal((await owner.delete(`${collection}/${created.body.id}`)).status, 404);
  });

  it('a shortcut is unique in the workspace whatever its case', async () => {
    assert.equal((await owner.post(collection, { name: 'Thanks', shortcut: 'thanks', body: 'Thank you!' })).status, 201);
    const twin = await owner.post(collection, { name: 'Thanks again', shortcut: 'THANKS', body: 'Thanks!' });
    assert.equal(twin.status, 409);
    assert.equal(twin.body.reason, 'shortcut_taken');
    const other = await owner.post(collection, { name: 'Other', shortcut: 'other', body: 'x' });
    assert.equal((await owner.patch(`${collection}/${other.body.id}`, { shortcut: 'Thanks' })).status, 409);
    assert.equal((await owner.post(collection, { name: 'Bad', shortcut: 'has space', body: 'x' })).body.code, 'validation_failed');
  });

  it('refuses an unknown variable when saved, naming it', async () => {
    const res = await owner.post(collection, { name: 'Typo', shortcut: 'typo', body: 'Hi {{persn.name}} from {{agent.name}}' });
    assert.equal(res.status, 422);
    assert.equal(res.body.code, 'unknown_variable');
    assert.deepEqual(res.body.variables, ['persn.name']);
    const saved = await owner.post(collection, { name: 'Fine', shortcut: 'fine', body: 'x' });
    assert.equal((await owner.patch(`${collection}/${saved.body.id}`, { body: '{{ticket.id}}' })).body.code, 'unknown_variable');
  });

  it('renders every variable for a conversation, and says which had no value', async () => {
    const body = 'Hi {{person.first_name}} ({{person.name}}), {{agent.first_name}} here ({{agent.name}}) from {{workspace.name}} on {{channel.name}}.';
    const saved = await owner.post(collection, { name: 'All', shortcut: 'all', body });
    const c = await insertTestConversation(t.database, { workspaceId, channelId, personName: 'Dana Scully' });
    const res = await cm.post(`/api/v1/workspaces/${workspaceId}/inbox/conversations/${c.conversationId}/render-reply`, { savedReplyId: saved.body.id });
    assert.equal(res.status, 200);
    assert.equal(res.body.text, 'Hi Dana (Dana Scully), chris.cm here (chris.cm) from Acme on Acme on Mastodon.');
    assert.deepEqual(res.body.missing, []);
    const anonymous = await insertTestConversation(t.database, { workspaceId, channelId, personName: null, inbound: [{ externalId: 'anon-1', text: 'hi', authorHandle: 'fan42@remote.example' }] });
    const handle = await cm.post(`/api/v1/workspaces/${workspaceId}/inbox/conversations/${anonymous.conversationId}/render-reply`, { savedReplyId: saved.body.id });
    assert.match(handle.body.text, /^Hi fan42@remote\.example \(fan42@remote\.example\)/);
    const none = await insertTestConversation(t.database, { workspaceId, channelId, personName: null, inbound: [] });
    const empty = await cm.post(`/api/v1/workspaces/${workspaceId}/inbox/conversations/${none.conversationId}/render-reply`, { savedReplyId: saved.body.id });
    assert.deepEqual(empty.body.missing.sort(), ['person.first_name', 'person.name']);
    assert.equal((await analyst.post(`/api/v1/workspaces/${workspaceId}/inbox/conversations/${c.conversationId}/render-reply`, { savedReplyId: saved.body.id })).status, 403);
  });
});
