import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { renderLinks } from '../../core/links/render-links.ts';
import { systemActor } from '../../core/shared/context.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { insertTestChannel } from '../../testing/test-channel.ts';

const browser = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15';
const previewBot = 'Twitterbot/1.0';

describe('short links: /l/<code> redirects and counts clicks', () => {
  let t: TestApp;
  let owner: TestClient;
  let workspaceId: string;
  let base: string;
  let campaignId: string;
  let channelId: string;
  const postId = randomUUID();
  const targetId = randomUUID();
  let code: string;

  const visit = (path: string, headers: Record<string, string> = {}, method = 'GET') => t.app.request(`http://localhost${path}`, { method, headers });
  const render = (over: { workspaceId?: string; channelId?: string; campaignId?: string | null; targetId?: string; text: string }) =>
    renderLinks({ db: t.database.db, clock: t.runtime.clock, actor: systemActor('publish'), config: t.runtime.config }, { workspaceId, postId, targetId, channelId, network: 'bluesky', campaignId, ...over });

  before(async () => {
    t = await createTestApp({ env: { PUBLIC_URL: 'https://tandem.example.org/' } });
    ({ owner, workspaceId } = await t.setupOwner());
    base = `/api/v1/workspaces/${workspaceId}`;
    channelId = (await insertTestChannel(t.database.db, { workspaceId, network: 'bluesky', displayName: 'Brand' })).id;
    campaignId = (await owner.post(`${base}/campaigns`, { name: 'Winter sale', costMinor: 900 })).body.id;
    const text = await render({ text: 'Sale! https://shop.example.com/winter' });
    code = /\/l\/([A-Za-z0-9_-]{8})$/.exec(text)![1]!;
    assert.equal(text, `Sale! https://tandem.example.org/l/${code}`, 'the base comes from PUBLIC_URL, without its trailing slash');
  });
  after(() => t.close());

  it('sends a person to the URL with UTM and counts the click; bots are stored apart', async () => {
    const res = await visit(`/l/${code}`, { 'user-agent': browser, referer: 'https://bsky.app/profile/brand/post/1' });
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), 'https://shop.example.com/winter?utm_source=bluesky&utm_medium=social&utm_campaign=winter-sale');
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(res.headers.get('x-robots-tag'), 'noindex');
    assert.equal(await res.text(), '');
    await visit(`/l/${code}`, { 'user-agent': browser });
    await visit(`/l/${code}`, { 'user-agent': previewBot });
    await visit(`/l/${code}`, {});
    assert.equal((await visit(`/l/${code}`, { 'user-agent': browser }, 'HEAD')).status, 302);

    const links = (await owner.get(`${base}/links?postId=${postId}`)).body.items;
    assert.equal(links.length, 1);
    assert.deepEqual([links[0].code, links[0].shortUrl, links[0].clicks], [code, `https://tandem.example.org/l/${code}`, { humans: 2, bots: 3 }]);
    const perPost = (await owner.get(`${base}/links/clicks?postId=${postId}`)).body;
    assert.deepEqual([perPost.links, perPost.clicks, perPost.byChannel], [1, { humans: 2, bots: 3 }, [{ channelId, links: 1, clicks: { humans: 2, bots: 3 } }]]);
    const summary = (await owner.get(`${base}/campaigns/${campaignId}/summary`)).body;
    assert.deepEqual([summary.links, summary.clicks, summary.costPerClickMinor], [1, { humans: 2, bots: 3 }, 450], 'bots do not lower the cost per click');
    assert.deepEqual((await owner.get(`${base}/links/clicks?campaignId=${campaignId}`)).body.clicks, { humans: 2, bots: 3 });
  });

  it('answers 404 for a code not in the table, and never redirects elsewhere', async () => {
    for (const path of ['/l/AAAAAAAA', '/l/short', '/l/https:%2F%2Fevil.example', `/l/${code}x`, '/l/%2F%2Fevil.example']) {
      const res = await visit(path, { 'user-agent': browser });
      assert.equal(res.status, 404, path);
      assert.equal(res.headers.get('location'), null, path);
      const problem = (await res.json()) as { code: string };
      assert.equal(problem.code, 'not_found');
      assert.doesNotMatch(JSON.stringify(problem), new RegExp(workspaceId), 'no workspace data in the answer');
    }
  });

  it('refuses malformed filters with validation_failed', async () => {
    for (const query of ['links?postId=nope', 'links?limit=0', 'links?cursor=%%%', 'links/clicks?campaignId=1']) {
      const res = await owner.get(`${base}/${query}`);
      assert.deepEqual([res.status, res.body.code], [400, 'validation_failed'], query);
    }
  });

  it("keeps each workspace's links and clicks to itself", async () => {
    const { client: member } = await t.addMember(owner, workspaceId, 'outsider@example.com', 'analyst');
    const otherWorkspace = (await member.post('/api/v1/workspaces', { name: 'Elsewhere' })).body.id;
    const otherBase = `/api/v1/workspaces/${otherWorkspace}`;
    assert.deepEqual((await member.get(`${otherBase}/links`)).body.items, []);
    assert.deepEqual((await member.get(`${otherBase}/links/clicks?campaignId=${campaignId}`)).body.clicks, { humans: 0, bots: 0 });
    assert.equal((await member.get(`${otherBase}/campaigns/${campaignId}/summary`)).status, 404);
    // Rendering for the other workspace with this workspace's campaign: the campaign is not applied.
    const text = await render({ workspaceId: otherWorkspace, channelId: randomUUID(), targetId: randomUUID(), text: 'https://shop.example.com/x' });
    const otherCode = /\/l\/([A-Za-z0-9_-]{8})$/.exec(text)![1]!;
    const res = await visit(`/l/${otherCode}`, { 'user-agent': browser });
    assert.equal(res.headers.get('location'), 'https://shop.example.com/x?utm_source=bluesky&utm_medium=social');
    const otherLinks = (await member.get(`${otherBase}/links`)).body.items;
    assert.deepEqual([otherLinks.length, otherLinks[0].campaignId, otherLinks[0].channelId, otherLinks[0].clicks.humans], [1, null, null, 1]);
    assert.equal((await owner.get(`${base}/links`)).body.items.length, 1, 'the first workspace still sees only its own link');
  });

  it('slows down an address that keeps guessing codes', async () => {
    // In-process requests all come from one address ('local'), so this test runs last.
    const guesser = { 'user-agent': browser };
    let status = 0;
    for (let i = 0; i < 61 && status !== 429; i++) status = (await visit(`/l/Guess${String(i).padStart(3, '0')}`, guesser)).status;
    assert.equal(status, 429);
    const blocked = await visit(`/l/${code}`, guesser);
    assert.deepEqual([blocked.status, blocked.headers.get('location')], [429, null], 'refused before any look-up, even for a real code');
    assert.ok(Number(blocked.headers.get('retry-after')) > 0);
  });
});
