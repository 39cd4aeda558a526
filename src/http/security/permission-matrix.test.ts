// Walks the permission matrix: for each role, every workspace route either lets the member
// through (any answer but `forbidden`) or refuses with 403 `forbidden`, exactly as the matrix says.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { can, matrix, type Action } from '../../core/permissions.ts';
import { roles, type Role } from '../../db/schema/index.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { bodyFor, fill, workspaceRoutes, type WalkedRoute } from './route-walk.ts';

describe('permission matrix', () => {
  let t: TestApp;
  let owner: TestClient;
  let workspaceId: string;
  let routes: WalkedRoute[];

  before(async () => {
    t = await createTestApp();
    ({ owner, workspaceId } = await t.setupOwner());
    routes = await workspaceRoutes(owner);
  });
  after(() => t.close());

  it('gives the owner every action, and every action guards at least one route', () => {
    const used = new Set(routes.map((r) => r.action));
    assert.deepEqual([...matrix.owner].filter((a) => !used.has(a)), []);
  });

  for (const role of roles.filter((r): r is Exclude<Role, 'owner'> => r !== 'owner')) {
    it(`lets a ${role} do exactly what the matrix allows`, async () => {
      const { client } = await t.addMember(owner, workspaceId, `${role}@example.com`, role);
      // Random ids: an allowed request passes the guard and then finds nothing (404) or acts on
      // the collection; a refused one never gets past the guard.
      const ids = { workspaceId, personId: randomUUID(), noteId: randomUUID(), suggestionId: randomUUID(), mergeId: randomUUID(), channelId: randomUUID(), memberId: randomUUID(), tokenId: randomUUID(), invitationId: randomUUID(), webhookId: randomUUID(), postId: randomUUID(), targetId: randomUUID(), templateId: randomUUID(), campaignId: randomUUID(), importId: randomUUID(), ruleId: randomUUID(), inboxRuleId: randomUUID(), policyId: randomUUID(), mediaId: randomUUID(), notificationId: randomUUID(), conversationId: randomUUID(), messageId: randomUUID(), savedReplyId: randomUUID() };
      for (const route of routes) {
        const res = await client.request(route.method, fill(route.path, ids), bodyFor(route));
        const allowed = can(role, route.action as Action);
        if (allowed) assert.notEqual(res.body?.code, 'forbidden', `${role} was refused ${route.method} ${route.path}`);
        else {
          assert.equal(res.status, 403, `${role} got ${res.status} on ${route.method} ${route.path}`);
          assert.equal(res.body.code, 'forbidden');
        }
      }
    });
  }
});
