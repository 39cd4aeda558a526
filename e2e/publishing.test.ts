// Publishing in a real browser against a real server and a real network: compose one post for a
// Bluesky account on the AT Protocol reference PDS (300 graphemes) and a Mastodon instance on
// loopback (500 characters), see each channel's validation, submit it for review, approve it as
// the client (approver role) in another browser, schedule it, watch it go out on the PDS on time,
// and find it on the calendar as published, with its link to the network.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AtUri } from '@atproto/api';
import type { Page } from 'playwright-core';
import { startDevEnv, type DevEnv } from '../src/connectors/bluesky/test-support/dev-env.ts';
import { devEnvServices } from '../src/connectors/bluesky/test-support/services.ts';
import { startFakeMastodon, type FakeMastodon } from '../src/connectors/mastodon/fixture/fake-mastodon.ts';
import { addMember, addNetworkChannels, setupOwner, type ApiSession } from './support/api-session.ts';
import { launchBrowser } from './support/browser.ts';
import { startTandem, type TandemServer } from './support/tandem-server.ts';

const services = await devEnvServices();
const MASTODON_TOKEN = 'e2e-mastodon-token';

// 320 characters: too long for Bluesky (300), fine for Mastodon (500).
const longText = `Our spring roast is here: ${'bright, floral and sweet, '.repeat(11)}in every shop from Monday.`.slice(0, 320);
const blueskyText = 'Our spring roast is here: bright, floral and sweet, in every shop from Monday.';

describe('publishing journey', { skip: services.ok ? false : services.reason }, () => {
  const owner = { name: 'Sam Social', email: 'sam@example.com', password: 'correct horse battery', workspace: 'Acme Coffee' };
  const client = { name: 'Cleo Client', email: 'cleo@example.com', password: 'a long enough secret', role: 'approver' };
  const shots = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-e2e-publishing-'));
  let server: TandemServer;
  let bluesky: DevEnv;
  let mastodon: FakeMastodon;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let reviewer: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let api: ApiSession;
  let postId: string;

  const shot = (p: Page, name: string) => p.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
  const nav = (p: Page, name: string) => p.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name }).click();

  before(async () => {
    if (!services.ok) return;
    [server, bluesky, mastodon] = await Promise.all([startTandem(), startDevEnv(services), startFakeMastodon(MASTODON_TOKEN)]);
    [browser, reviewer] = await Promise.all([launchBrowser(), launchBrowser()]);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());

    api = await setupOwner(page.request, server.url, owner);
    const ws = `/api/v1/workspaces/${api.workspaceId}`;
    await addNetworkChannels(api, { bluesky, mastodon, mastodonToken: MASTODON_TOKEN });
    const cleo = await addMember(api, reviewer.context.request, server.url, client);
    await api.put(`${ws}/approval-steps`, { steps: [{ name: 'Client review', mode: 'any', channelId: null, approverIds: [cleo.userId] }] });
  });

  after(async () => {
    await browser?.close();
    await reviewer?.close();
    await server?.stop();
    await bluesky?.close();
    await mastodon?.close();
    console.log(`screenshots in ${shots}`);
  });

  test('composing for both channels shows each one its own limit', async () => {
    await page.goto(`${server.url}/w/${api.workspaceId}/posts/new`);
    const channels = page.getByRole('group', { name: 'Channels' });
    await channels.getByText('Acme on Bluesky').click();
    await channels.getByText('Acme on Mastodon').click();
    await page.getByLabel('Post text').fill(longText);

    // Bluesky counts 300 graphemes: 20 too many. Mastodon has 180 left of its 500.
    await page.getByRole('list', { name: 'Problems on Acme on Bluesky' }).waitFor();
    await page.getByLabel('Characters left on Acme on Bluesky').filter({ hasText: '-20' }).waitFor();
    await page.getByLabel('Ready for Acme on Mastodon').waitFor();
    await page.getByLabel('Characters left on Acme on Mastodon').filter({ hasText: '180' }).waitFor();
    await shot(page, 'composer-too-long');

    // A shorter text for Bluesky alone: both are ready.
    await page.getByRole('tablist', { name: 'Versions of the post' }).getByRole('tab', { name: /Acme on Bluesky/ }).click();
    await page.getByRole('button', { name: 'Customize for Acme on Bluesky' }).click();
    await page.getByLabel('Text for Acme on Bluesky').fill(blueskyText);
    await page.getByLabel('Ready for Acme on Bluesky').waitFor();
    await page.getByLabel('Ready for Acme on Mastodon').waitFor();
    await shot(page, 'composer-ready');
  });

  test('submitting for review saves the post and sends it to the client', async () => {
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(/\/posts\/[0-9a-f-]{36}$/);
    postId = page.url().split('/').at(-1)!;
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('In review', { exact: true }).first().waitFor();
    // Saving then submitting at once made one post, not two.
    const all = await api.get(`/api/v1/workspaces/${api.workspaceId}/posts?unscheduled=true`);
    assert.deepEqual(all.items.map((p: { id: string; state: string }) => [p.id, p.state]), [[postId, 'in_review']]);
    // Unapproved, it cannot be scheduled: the API says why.
    const refused = await api.post(`/api/v1/workspaces/${api.workspaceId}/posts/${postId}/schedule`, { at: new Date(Date.now() + 3_600_000).toISOString() }, 422);
    assert.equal(refused.code, 'approval_required');
  });

  test('the client sees only reviews, and approves', async () => {
    const p = reviewer.context.pages()[0] ?? (await reviewer.context.newPage());
    await p.goto(`${server.url}/w/${api.workspaceId}/reviews`);
    await p.getByRole('heading', { name: 'Reviews' }).waitFor();
    const links = (await p.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').allInnerTexts()).map((t) => t.trim());
    assert.ok(links.includes('Reviews'), links.join());
    for (const hidden of ['Posts', 'Calendar', 'Campaigns', 'Channels', 'People', 'Audit log']) assert.ok(!links.includes(hidden), `${hidden} is not for a client`);
    await p.getByRole('table', { name: 'Posts' }).getByRole('link').first().click();
    await p.getByRole('region', { name: 'Previews' }).getByRole('article', { name: 'Preview on Acme on Bluesky' }).waitFor();
    await shot(p, 'review');
    await p.getByRole('region', { name: 'Decision' }).getByRole('button', { name: 'Approve' }).click();
    await p.getByText('Approved').first().waitFor();
  });

  test('scheduled a little ahead, it goes out on Bluesky on time, once', async () => {
    await page.reload();
    await page.getByText('Approved', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Schedule' }).click();
    const dialog = page.getByRole('dialog', { name: 'Schedule the post' });
    // The next minute that is at least 20 s away, on the wall clock of the workspace (UTC).
    const due = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000);
    await dialog.getByLabel('Publish at').fill(due.toISOString().slice(0, 16));
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Scheduled', { exact: true }).first().waitFor();

    const deadline = due.getTime() + 60_000;
    let post: any;
    do {
      await new Promise((r) => setTimeout(r, 1_000));
      post = await api.get(`/api/v1/workspaces/${api.workspaceId}/posts/${postId}`);
    } while (post.state !== 'published' && Date.now() < deadline);
    assert.equal(post.state, 'published', JSON.stringify(post.targets));
    const sky = post.targets.find((t: any) => t.network === 'bluesky');
    assert.ok(new Date(sky.publishedAt).getTime() >= due.getTime(), 'not before its time');
    assert.ok(new Date(sky.publishedAt).getTime() < due.getTime() + 30_000, 'within 30 s of its time');

    // On the network: alice's post with the Bluesky text, exactly one.
    const uri = new AtUri(sky.externalId);
    const { data } = await bluesky.alice.agent.com.atproto.repo.getRecord({ repo: uri.host, collection: uri.collection, rkey: uri.rkey });
    assert.equal((data.value as { text: string }).text, blueskyText);
    assert.equal(await bluesky.view.countPosts(blueskyText), 1);
    assert.equal(await mastodon.countPosts(longText), 1);
  });

  test('the calendar shows it as published, with its link to the network', async () => {
    await nav(page, 'Calendar');
    const calendar = page.getByRole('region', { name: 'Calendar' });
    const event = calendar.getByLabel(/Acme on Bluesky.*open on the network/).first();
    await event.waitFor();
    const post = await api.get(`/api/v1/workspaces/${api.workspaceId}/posts/${postId}`);
    const sky = post.targets.find((t: any) => t.network === 'bluesky');
    assert.equal(await event.getAttribute('data-url'), sky.url);
    assert.equal(await event.getAttribute('data-state'), 'published');
    await shot(page, 'calendar-published');
  });
});
