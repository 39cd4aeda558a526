// The inbox commands as an operator runs them, against a spawned `tandem`.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { insertTestConversation, insertTestMessage, insertTestPerson } from '../../core/inbox/conversations/testing/conversation-fixture.ts';
import { insertMembership } from '../../db/queries/memberships.ts';
import { insertUser } from '../../db/queries/users.ts';
import { createCliEnv, type CliEnv } from './cli-test-harness.ts';

describe('tandem inbox commands', () => {
  let cli: CliEnv;
  let workspace: string;
  const channelId = randomUUID();
  const carlId = randomUUID();
  const anaId = randomUUID();
  let open: string;
  let other: string;

  before(async () => {
    cli = await createCliEnv();
    const made = await cli.run(['user', 'create', '--email', 'ann@example.com', '--name', 'Ann', '--password', 'a long enough password', '--workspace-name', 'Acme']);
    assert.equal(made.code, 0, made.stderr);
    workspace = made.stdout.match(/workspace "Acme" \((.+)\)/)![1]!;
    await cli.withDatabase(async ({ db, query }) => {
      await query(`insert into channels (id, workspace_id, network, display_name) values ($1, $2, 'mastodon', 'Fediverse')`, [channelId, workspace]);
      for (const [id, email, name, role] of [[carlId, 'carl@example.com', 'Carl', 'community_manager'], [anaId, 'ana@example.com', 'Ana', 'analyst']] as const) {
        await insertUser(db, { id, email, name, passwordHash: 'x' });
        await insertMembership(db, { id: randomUUID(), workspaceId: workspace, userId: id, role, hat: 'both' });
      }
      const personId = await insertTestPerson(db, workspace, 'Pat', { network: 'mastodon', handle: 'pat@social.example' });
      open = (await insertTestConversation(db, { workspaceId: workspace, channelId, personId, text: 'Where is my parcel?', unreadCount: 1, at: new Date('2026-05-02T10:00:00Z') })).id;
      await insertTestMessage(db, { workspaceId: workspace, conversationId: open, channelId, kind: 'note', userId: carlId, text: 'Checking with the warehouse', occurredAt: new Date('2026-05-02T10:01:00Z') });
      other = (await insertTestConversation(db, { workspaceId: workspace, channelId, status: 'pending', hat: 'community', assigneeId: carlId, text: 'Thanks!', at: new Date('2026-05-01T10:00:00Z') })).id;
    });
  });
  after(() => cli.close());

  it('lists views, shows a conversation, assigns it by e-mail and resolves it', async () => {
    const all = await cli.run(['inbox', 'list', '--workspace', workspace]);
    assert.equal(all.code, 0, all.stderr);
    assert.deepEqual(all.stdout.trim().split('\n').map((l) => l.split('\t')[0]), [open, other]);
    const [, status, priority, hat, channel, who, assignee, unread, , text] = all.stdout.split('\n')[0]!.split('\t');
    assert.deepEqual([status, priority, hat, channel, who, assignee, unread, text], ['open', 'none', 'social', 'Fediverse', 'Pat (pat@social.example)', 'unassigned', '1 unread', 'Checking with the warehouse']);
    const byCarl = await cli.run(['inbox', 'list', '--workspace', workspace, '--assignee', 'carl@example.com', '--hat', 'community', '--status', 'pending']);
    assert.deepEqual(byCarl.stdout.trim().split('\n').map((l) => l.split('\t')[0]), [other]);
    const unassigned = await cli.run(['inbox', 'list', '--workspace', workspace, '--assignee', 'unassigned', '--json']);
    assert.deepEqual(JSON.parse(unassigned.stdout).map((c: { id: string }) => c.id), [open]);

    const shown = await cli.run(['inbox', 'show', open, '--workspace', workspace]);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /Z {2}Pat\nWhere is my parcel\?/);
    assert.match(shown.stdout, /note by Carl\nChecking with the warehouse/);

    const assigned = await cli.run(['inbox', 'assign', open, 'CARL@example.com', '--workspace', workspace]);
    assert.equal(assigned.code, 0, assigned.stderr);
    assert.equal(assigned.stdout.split('\t')[6], 'Carl');
    const resolved = await cli.run(['inbox', 'resolve', open, '--workspace', workspace]);
    assert.equal(resolved.stdout.split('\t')[1], 'resolved');
    const audit = await cli.withDatabase(({ query }) => query<{ action: string; actor_label: string }>(`select action, actor_label from audit_entries where target_id = $1 order by created_at`, [open]));
    assert.deepEqual(audit.map((a) => [a.action, a.actor_label]), [['conversation.update', 'cli'], ['conversation.update', 'cli']]);
    const unassign = await cli.run(['inbox', 'assign', open, 'none', '--workspace', workspace]);
    assert.equal(unassign.stdout.split('\t')[6], 'unassigned');
  });

  it('explains bad input in one line with its code', async () => {
    const analyst = await cli.run(['inbox', 'assign', other, 'ana@example.com', '--workspace', workspace]);
    assert.deepEqual([analyst.code, analyst.stderr.trim()], [1, 'tandem: ana@example.com is a analyst, a role that may not answer conversations [assignee_not_allowed]']);
    const stranger = await cli.run(['inbox', 'list', '--workspace', workspace, '--assignee', 'nobody@example.com']);
    assert.deepEqual([stranger.code, stranger.stderr.trim()], [1, 'tandem: No member with the e-mail nobody@example.com in this workspace [not_found]']);
    const missing = await cli.run(['inbox', 'show', randomUUID(), '--workspace', workspace]);
    assert.deepEqual([missing.code, missing.stderr.trim()], [1, 'tandem: Conversation not found [not_found]']);
    const noId = await cli.run(['inbox', 'resolve', '--workspace', workspace]);
    assert.deepEqual([noId.code, noId.stderr.trim()], [1, 'tandem: The first argument must be a conversation id [validation_failed]']);
    const status = await cli.run(['inbox', 'list', '--workspace', workspace, '--status', 'escalated']);
    assert.match(status.stderr, /Unknown status "escalated".*\[unknown_status\]/);
  });
});
