// Walks every workspace route in the OpenAPI document with ids from another workspace: each
// answer must be 404, whether the caller is a signed-in person or an API token.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, testPassword, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { backupTableNames } from '../../db/queries/backup/tables.ts';
import { readBackupRows } from '../../db/queries/backup/rows.ts';
import { insertTestChannel } from '../../testing/test-channel.ts';
import { samplePng } from '../../core/media/testing/sample-files.ts';
import { uploadMedia } from '../../core/media/upload-media.ts';
import { newId } from '../../core/shared/ids.ts';
import { insertTestConversation, insertTestReply } from '../../core/inbox/replies/testing/conversation-fixture.ts';
import { bodyFor, fill, workspaceRoutes, type WalkedRoute } from './route-walk.ts';

describe('workspace isolation', () => {
  let t: TestApp;
  let routes: WalkedRoute[];
  let intruder: TestClient;
  let intruderToken: TestClient;
  let intruderWorkspace: string;
  const victim: Record<string, string> = {};
  let victimRowsBefore: Record<string, string[]>;

  // Every row the victim workspace owns, table by table, as a backup would read it.
  async function victimRows(): Promise<Record<string, string[]>> {
    const rows: Record<string, string[]> = {};
    for (const table of backupTableNames) {
      rows[table] = [];
      for await (const page of readBackupRows(t.database.db, table, victim.workspaceId!, 500)) rows[table].push(...page);
    }
    return rows;
  }

  before(async () => {
    t = await createTestApp();
    const { owner, workspaceId, userId: ownerId } = await t.setupOwner({ email: 'victim@example.com' });
    victim.workspaceId = workspaceId;
    const base = `/api/v1/workspaces/${workspaceId}`;
    victim.personId = (await owner.post(`${base}/people`, { displayName: 'Victim person' })).body.id;
    victim.noteId = (await owner.post(`${base}/people/${victim.personId}/notes`, { body: 'Victim note' })).body.id;
    const twin = async () => (await owner.post(`${base}/people`, { displayName: 'Victim Twin' })).body.id as string;
    victim.mergeId = (await owner.post(`${base}/people/${await twin()}/merge`, { otherPersonId: await twin() })).body.id;
    await twin();
    await owner.post(`${base}/people/merge-suggestions/rescan`, {});
    victim.suggestionId = (await owner.get(`${base}/people/merge-suggestions`)).body.items[0].id;
    victim.channelId = (await insertTestChannel(t.database.db, { workspaceId, keyring: t.runtime.keyring, network: 'webhook', displayName: 'Victim channel', credentials: { secret: 'x' } })).id;
    victim.tokenId = (await owner.post(`${base}/tokens`, { name: 'victim token', role: 'analyst' })).body.id;
    victim.invitationId = (await owner.post(`${base}/invitations`, { email: 'pending@example.com', role: 'analyst' })).body.id;
    victim.memberId = (await owner.get(`${base}/members`)).body.members[0].id;
    victim.webhookId = (await owner.post(`${base}/webhooks`, { name: 'Victim hook', url: 'https://example.com/hook', events: ['*'] })).body.id;
    const postChannelId = (await insertTestChannel(t.database.db, { workspaceId, network: 'mastodon', displayName: 'Victim posts' })).id;
    victim.postId = (await owner.post(`${base}/posts`, { text: 'Victim post', targets: [{ channelId: postChannelId }] })).body.id;
    victim.targetId = (await owner.get(`${base}/posts/${victim.postId}`)).body.targets[0].id;
    victim.templateId = (await owner.post(`${base}/templates`, { name: 'Victim template' })).body.id;
    victim.campaignId = (await owner.post(`${base}/campaigns`, { name: 'Victim campaign' })).body.id;
    victim.importId = (await owner.post(`${base}/post-imports`, { content: 'text,channels\nVictim import,Victim posts\n' })).body.id;
    const feedChannelId = (await insertTestChannel(t.database.db, { workspaceId, network: 'rss', displayName: 'Victim feed', config: { feedUrl: 'https://example.com/feed.xml' } })).id;
    victim.ruleId = (await owner.post(`${base}/feed-rules`, { name: 'Victim rule', feedChannelId, targetChannelIds: [postChannelId], template: '{title}' })).body.id;
    victim.inboxRuleId = (await owner.post(`${base}/inbox/rules`, { name: 'Victim inbox rule', conditions: { keywords: ['victim'] }, actions: [{ type: 'tag', tags: ['victim'] }] })).body.id;
    victim.policyId = (await owner.post(`${base}/inbox/sla-policies`, { name: 'Victim SLA', firstResponseMinutes: 60 })).body.id;
    const ownerCtx = { db: t.database.db, clock: t.runtime.clock, actor: { type: 'user' as const, id: ownerId, label: 'victim@example.com' }, workspaceId, role: 'owner' as const, config: t.runtime.config };
    victim.mediaId = (await uploadMedia(ownerCtx, { fileName: 'victim.png', data: await samplePng(), maxBytes: t.runtime.config.mediaMaxBytes })).id;
    victim.notificationId = newId();
    const conversation = await insertTestConversation(t.database, { workspaceId, channelId: victim.channelId });
    victim.conversationId = conversation.conversationId;
    victim.messageId = await insertTestReply(t.database, { workspaceId, conversationId: conversation.conversationId, channelId: victim.channelId, userId: ownerId });
    victim.savedReplyId = (await owner.post(`${base}/inbox/saved-replies`, { name: 'Victim reply', shortcut: 'victim', body: 'Hello {{person.name}}' })).body.id;
    await t.database.query(`insert into notifications (id, workspace_id, user_id, kind, title, dedup_key) values ($1, $2, $3, 'post_failed', 'Victim notification', 'victim')`, [victim.notificationId, workspaceId, ownerId]);

    // The intruder is a real user who owns another workspace on the same server.
    const { client: other } = await t.addMember(owner, workspaceId, 'intruder@example.com', 'analyst');
    intruderWorkspace = (await other.post('/api/v1/workspaces', { name: 'Intruder Inc' })).body.id;
    const ownMembers = await owner.get(`${base}/members`);
    const intruderMembership = ownMembers.body.members.find((m: { email: string }) => m.email === 'intruder@example.com');
    assert.equal((await owner.delete(`${base}/members/${intruderMembership.id}`)).status, 204);
    intruder = t.client();
    await intruder.post('/api/v1/auth/login', { email: 'intruder@example.com', password: testPassword });
    const token = await intruder.post(`/api/v1/workspaces/${intruderWorkspace}/tokens`, { name: 'intruder', role: 'owner' });
    intruderToken = t.client();
    intruderToken.bearer = token.body.secret;
    routes = await workspaceRoutes(owner);
    victimRowsBefore = await victimRows();
  });
  after(() => t.close());

  it('covers every workspace route', () => {
    assert.ok(routes.length >= 20, `only ${routes.length} routes found`);
  });

  it("answers 404 to a signed-in outsider on every route of the other workspace", async () => {
    for (const route of routes) {
      const res = await intruder.request(route.method, fill(route.path, victim), bodyFor(route));
      assert.equal(res.status, 404, `${route.method} ${route.path} answered ${res.status}`);
    }
  });

  it("answers 404 to another workspace's API token on every route", async () => {
    for (const route of routes) {
      const res = await intruderToken.request(route.method, fill(route.path, victim), bodyFor(route));
      assert.equal(res.status, 404, `${route.method} ${route.path} answered ${res.status}`);
    }
  });

  it("answers 404 when the intruder's own workspace is used with the other's item ids", async () => {
    const mixed = { ...victim, workspaceId: intruderWorkspace };
    for (const route of routes.filter((r) => /\{(?!workspaceId)\w+\}/.test(r.path))) {
      const res = await intruder.request(route.method, fill(route.path, mixed), bodyFor(route));
      assert.equal(res.status, 404, `${route.method} ${route.path} answered ${res.status}`);
    }
  });

  it('left the victim workspace untouched', async () => {
    assert.ok(victimRowsBefore.people!.length && victimRowsBefore.outbound_webhooks!.length && victimRowsBefore.invitations!.length);
    assert.deepEqual(await victimRows(), victimRowsBefore);
  });
});
