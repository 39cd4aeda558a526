// The inbox list: every filter, keyset pages that neither skip nor repeat, what each item carries,
// the bounded text search and the capped navigation counts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database.ts';
import { insertTestChannel } from '../../../testing/test-channel.ts';
import { identities, slaPolicies } from '../../../db/schema/index.ts';
import { newId } from '../../shared/ids.ts';
import { updateInboxSettings } from '../settings/update-inbox-settings.ts';
import { countConversations } from './count-conversations.ts';
import { listConversations, searchScanLimit, tagScanLimit } from './list-conversations.ts';
import { insertTestConversation, insertTestMessage, insertTestPerson, insertTriageWorkspace } from './testing/conversation-fixture.ts';

const now = new Date('2026-06-01T12:00:00Z');
const clock = { now: () => now };
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe('listing conversations', () => {
  let t: TestDatabase;
  let w: Awaited<ReturnType<typeof insertTriageWorkspace>>;
  let mastodon: string;
  let bluesky: string;
  const ids: Record<string, string> = {};

  before(async () => {
    t = await createTestDatabase();
    w = await insertTriageWorkspace(t.db, clock, [
      { name: 'Olivia', role: 'owner' },
      { name: 'Carl', role: 'community_manager' },
      { name: 'Ana', role: 'analyst' },
    ]);
    const ws = w.workspaceId;
    mastodon = (await insertTestChannel(t.db, { workspaceId: ws, network: 'mastodon', displayName: 'Fediverse' })).id;
    bluesky = (await insertTestChannel(t.db, { workspaceId: ws, network: 'bluesky', displayName: 'Sky' })).id;
    const ann = await insertTestPerson(t.db, ws, 'Ann Archer', { network: 'mastodon', handle: 'ann@social.example' });
    await t.db.insert(identities).values({ id: newId(), workspaceId: ws, personId: ann, network: 'bluesky', externalId: 'did:plc:ann', handle: 'ann.bsky.social' });
    const bob = await insertTestPerson(t.db, ws, 'Bob Baker');
    const [policy] = await t.db.insert(slaPolicies).values({ id: newId(), workspaceId: ws, name: 'Std', warnBeforeMinutes: 30 }).returning();
    const add = async (name: string, at: number, fields: Record<string, unknown> = {}) => {
      const row = await insertTestConversation(t.db, { workspaceId: ws, channelId: mastodon, at: minutes(at), ...fields });
      ids[name] = row.id;
    };
    await add('annOpen', -10, { personId: ann, subject: 'Where is my order?', unreadCount: 2, sentiment: 'negative', priority: 'high', tags: ['billing'], slaPolicyId: policy!.id, firstResponseDueAt: minutes(20) });
    await add('annSky', -20, { personId: ann, channelId: bluesky, hat: 'community', assigneeId: w.users.Carl, firstResponseDueAt: minutes(-5) });
    await add('bobPending', -30, { personId: bob, status: 'pending', assigneeId: w.users.Olivia, firstResponseAt: minutes(-40), waitingSince: minutes(-35), nextResponseDueAt: minutes(60), resolutionDueAt: minutes(120) });
    await add('resolved', -40, { status: 'resolved', resolvedAt: minutes(-39), firstResponseDueAt: minutes(-100) });
    await add('merged', -5, { mergedIntoId: newId() });
    await add('tieA', -50, { subject: 'Tie' });
    await add('tieB', -50, { subject: 'Tie' });
    // A scheduled reply is not the last message the list shows; a note is.
    await insertTestMessage(t.db, { workspaceId: ws, conversationId: ids.bobPending!, channelId: mastodon, kind: 'note', userId: w.users.Olivia, text: 'Asked the warehouse', occurredAt: minutes(-29) });
    await insertTestMessage(t.db, { workspaceId: ws, conversationId: ids.bobPending!, channelId: mastodon, kind: 'reply', userId: w.users.Olivia, text: 'Later', sendState: 'scheduled', sendAt: minutes(60), occurredAt: minutes(-28) });
  });
  after(() => t.close());

  const list = async (input: Record<string, unknown>, who = 'Olivia') => (await listConversations(w.ctxOf(who), { limit: 50, ...input })).items.map((i) => i.id);

  it('lists newest activity first, leaving merged conversations out', async () => {
    const all = await list({});
    assert.deepEqual(all.slice(0, 4), [ids.annOpen, ids.annSky, ids.bobPending, ids.resolved]);
    assert.equal(all.length, 6);
    assert.ok(!all.includes(ids.merged!));
    assert.deepEqual(new Set(all.slice(4)), new Set([ids.tieA, ids.tieB]));
  });

  it('filters by status, hat, assignee, channel, tag, sentiment, priority and unread', async () => {
    const open = await list({ status: 'open' });
    assert.deepEqual([open.slice(0, 2), new Set(open.slice(2))], [[ids.annOpen, ids.annSky], new Set([ids.tieA, ids.tieB])]);
    assert.deepEqual(await list({ status: 'pending' }), [ids.bobPending]);
    assert.deepEqual(await list({ hat: 'community' }), [ids.annSky]);
    assert.deepEqual(await list({ assignee: 'me' }, 'Carl'), [ids.annSky]);
    assert.deepEqual(await list({ assignee: w.users.Olivia }), [ids.bobPending]);
    assert.deepEqual((await list({ assignee: 'unassigned', status: 'open' })).slice(0, 1), [ids.annOpen]);
    assert.ok(!(await list({ assignee: 'unassigned' })).includes(ids.annSky!));
    assert.deepEqual(await list({ channelId: bluesky }), [ids.annSky]);
    assert.deepEqual(await list({ tag: 'billing' }), [ids.annOpen]);
    assert.deepEqual(await list({ sentiment: 'negative' }), [ids.annOpen]);
    assert.deepEqual(await list({ priority: 'high' }), [ids.annOpen]);
    assert.deepEqual(await list({ unread: true }), [ids.annOpen]);
    assert.deepEqual(await list({ status: 'open', hat: 'social', assignee: 'unassigned', tag: 'billing' }), [ids.annOpen]);
  });

  it('refuses an unknown status and accepts the workspace\'s own', async () => {
    await assert.rejects(list({ status: 'escalated' }), { code: 'unknown_status' });
    await updateInboxSettings(w.ctxOf('Olivia'), { customStatuses: ['escalated'] });
    assert.deepEqual(await list({ status: 'escalated' }), []);
    await assert.rejects(listConversations({ ...w.ctxOf('Olivia'), actor: { type: 'token', id: newId(), label: 'token' } }, { assignee: 'me', limit: 10 }), { code: 'validation_failed' });
  });

  it('pages by keyset cursor without skipping or repeating rows that share a time', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await listConversations(w.ctxOf('Olivia'), { limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((x) => x.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    assert.deepEqual(seen, await list({}));
    await assert.rejects(listConversations(w.ctxOf('Olivia'), { limit: 2, cursor: 'garbage' }), { code: 'validation_failed' });
  });

  it('gives each item its person with a handle on that network, channel, last message, unread and SLA state', async () => {
    const items = (await listConversations(w.ctxOf('Olivia'), { limit: 50 })).items;
    const byId = new Map(items.map((i) => [i.id, i]));
    const annOpen = byId.get(ids.annOpen!)!;
    assert.deepEqual(annOpen.person, { id: annOpen.person!.id, displayName: 'Ann Archer', avatarUrl: 'https://example.com/Ann%20Archer.png', handle: 'ann@social.example' });
    assert.equal(byId.get(ids.annSky!)!.person!.handle, 'ann.bsky.social');
    assert.deepEqual(annOpen.channel, { id: mastodon, network: 'mastodon', displayName: 'Fediverse' });
    assert.deepEqual([annOpen.lastMessage?.text, annOpen.lastMessage?.kind, annOpen.unreadCount], ['Where is my order?', 'in', 2]);
    // Due in 20 minutes with a 30-minute warning window.
    assert.deepEqual([annOpen.sla.state, annOpen.sla.kind, annOpen.sla.dueAt], ['warning', 'first_response', minutes(20)]);
    assert.deepEqual([byId.get(ids.annSky!)!.sla.state, byId.get(ids.annSky!)!.assignee?.name], ['breached', 'Carl']);
    const pending = byId.get(ids.bobPending!)!;
    assert.deepEqual([pending.sla.state, pending.sla.kind, pending.lastMessage?.kind, pending.lastMessage?.text], ['ok', 'next_response', 'note', 'Asked the warehouse']);
    assert.equal(byId.get(ids.resolved!)!.sla.state, 'none');
    assert.equal(byId.get(ids.tieA!)!.person, null);
  });

  it('searches subject, person name and last message text', async () => {
    assert.deepEqual(await list({ q: 'ORDER' }), [ids.annOpen]);
    assert.deepEqual(await list({ q: 'bob bak' }), [ids.bobPending]);
    assert.deepEqual(await list({ q: 'warehouse' }), [ids.bobPending]);
    assert.deepEqual(await list({ q: '100%' }), []);
    assert.deepEqual(await list({ q: 'order', status: 'resolved' }), []);
  });

  it('bounds a search to a window of the view and carries on after it; finds a rare tag past its window', async () => {
    const ws = w.workspaceId;
    const channel = (await insertTestChannel(t.db, { workspaceId: ws, network: 'discord', displayName: 'Bulk' })).id;
    // Many conversations older than the others, the needle and the rare tag at the very bottom.
    await t.db.execute(sql`insert into conversations (id, workspace_id, channel_id, thread_key, hat, subject, tags, last_message_at)
      select gen_random_uuid(), ${ws}::uuid, ${channel}::uuid, 'bulk:' || i, 'social', case when i = 0 then 'needle' else 'hay' end,
        case when i < 2 then array['rare'] else '{}'::text[] end, ${minutes(-10000).toISOString()}::timestamptz + (i || ' seconds')::interval
      from generate_series(0, ${tagScanLimit + 10}) i`);
    let page = await listConversations(w.ctxOf('Olivia'), { limit: 20, q: 'needle', channelId: channel });
    let pages = 1;
    while (!page.items.length && page.nextCursor && pages < 20) {
      page = await listConversations(w.ctxOf('Olivia'), { limit: 20, q: 'needle', channelId: channel, cursor: page.nextCursor });
      pages++;
    }
    assert.equal(pages, Math.ceil((tagScanLimit + 11) / searchScanLimit), 'each page reads one window, ending with a cursor to search on');
    assert.deepEqual([page.items.map((i) => i.subject), page.nextCursor], [['needle'], null]);
    const rare = await listConversations(w.ctxOf('Olivia'), { limit: 1, tag: 'rare' });
    assert.equal(rare.items.length, 1);
    const rest = await listConversations(w.ctxOf('Olivia'), { limit: 1, tag: 'rare', cursor: rare.nextCursor! });
    assert.deepEqual([rest.items.length, rest.nextCursor, rest.items[0]!.subject], [1, null, 'needle']);
    assert.deepEqual(await list({ tag: 'absent' }), []);
    const counts = await countConversations(w.ctxOf('Olivia'), {});
    assert.deepEqual([counts.byStatus.open, counts.capped.includes('byStatus.open'), counts.unassigned, counts.capped.includes('unassigned')], [1000, true, 1000, true]);
  });
});

describe('navigation counts', () => {
  let t: TestDatabase;
  let w: Awaited<ReturnType<typeof insertTriageWorkspace>>;
  before(async () => {
    t = await createTestDatabase();
    w = await insertTriageWorkspace(t.db, clock, [{ name: 'Olivia', role: 'owner' }, { name: 'Carl', role: 'community_manager' }]);
    const channelId = (await insertTestChannel(t.db, { workspaceId: w.workspaceId })).id;
    const add = (fields: Record<string, unknown>) => insertTestConversation(t.db, { workspaceId: w.workspaceId, channelId, ...fields });
    await add({ unreadCount: 1 });
    await add({ hat: 'community', assigneeId: w.users.Carl });
    await add({ hat: 'community', assigneeId: w.users.Carl, unreadCount: 3 });
    await add({ status: 'pending', assigneeId: w.users.Olivia });
    await add({ status: 'resolved', assigneeId: w.users.Carl, unreadCount: 1 });
    // As a merge leaves it: resolved, pointing at the target, counted nowhere.
    await add({ mergedIntoId: newId(), status: 'resolved', unreadCount: 4 });
  });
  after(() => t.close());

  it('counts by status, then mine, unassigned, unread and per hat within the open queue', async () => {
    const c = await countConversations(w.ctxOf('Carl'), {});
    assert.deepEqual(c, { cap: 1000, status: 'open', hat: null, byStatus: { open: 3, pending: 1, snoozed: 0, resolved: 1 }, mine: 2, unassigned: 1, unread: 2, byHat: { social: 1, community: 2 }, capped: [] });
    const community = await countConversations(w.ctxOf('Carl'), { hat: 'community' });
    assert.deepEqual([community.byStatus.open, community.unassigned, community.unread, community.mine], [2, 0, 1, 2]);
    const resolved = await countConversations(w.ctxOf('Carl'), { status: 'resolved' });
    assert.deepEqual([resolved.mine, resolved.unread], [1, 1]);
    await assert.rejects(countConversations(w.ctxOf('Carl'), { status: 'nope' }), { code: 'unknown_status' });
  });
});
