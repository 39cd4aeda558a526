import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { insertCampaign } from '../../db/queries/campaigns.ts';
import { insertWorkspace } from '../../db/queries/workspaces.ts';
import { listLinksPage } from '../../db/queries/links.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.ts';
import { insertTestChannel } from '../../testing/test-channel.ts';
import { systemActor, systemClock } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { linkRenderer, previewCode, previewLinks, renderLinks, type LinksCtx, type RenderLinksInput } from './render-links.ts';

describe('renderLinks', () => {
  let db: TestDatabase;
  let workspaceId: string;
  let channelId: string;
  let campaignId: string;
  let foreignCampaignId: string;
  const base = 'https://go.example.org';
  const ctx = (publicUrl: string | undefined): LinksCtx => ({ db: db.db, clock: systemClock, actor: systemActor('publish'), config: { publicUrl } });
  const input = (over: Partial<RenderLinksInput>): RenderLinksInput => ({ workspaceId, text: '', postId: randomUUID(), targetId: randomUUID(), channelId, network: 'mastodon', campaignId: null, ...over });

  before(async () => {
    db = await createTestDatabase();
    workspaceId = (await insertWorkspace(db.db, { id: newId(), name: 'Links' })).id;
    const other = (await insertWorkspace(db.db, { id: newId(), name: 'Other' })).id;
    channelId = (await insertTestChannel(db.db, { workspaceId, network: 'mastodon', displayName: 'Main Account' })).id;
    campaignId = (await insertCampaign(db.db, { id: newId(), workspaceId, name: 'Été Launch 2026', utm: { content: '{channel}-{network}', term: '' } })).id;
    foreignCampaignId = (await insertCampaign(db.db, { id: newId(), workspaceId: other, name: 'Secret plan', utm: { campaign: 'leak' } })).id;
  });
  after(() => db.close());

  it('adds utm_source = network and utm_medium = social, and keeps the URL when PUBLIC_URL is unset', async () => {
    const text = await renderLinks(ctx(undefined), input({ text: 'New blog post: https://blog.example.com/p/1?ref=a%20b#top. Enjoy example.net' }));
    assert.equal(text, 'New blog post: https://blog.example.com/p/1?ref=a%20b&utm_source=mastodon&utm_medium=social#top. Enjoy example.net');
    assert.equal((await listLinksPage(db.db, workspaceId, { limit: 10 })).length, 0, 'no short link without a public base URL');
  });

  it("fills the campaign's template per channel and never overwrites UTM already on the URL", async () => {
    const text = await renderLinks(ctx(undefined), input({ campaignId, text: 'See https://shop.example.com/?utm_source=newsletter&UTM_MEDIUM=mail' }));
    const url = new URL(text.slice('See '.length));
    assert.equal(url.searchParams.get('utm_source'), 'newsletter');
    assert.equal(url.searchParams.get('UTM_MEDIUM'), 'mail');
    assert.equal(url.searchParams.has('utm_medium'), false);
    assert.equal(url.searchParams.get('utm_campaign'), 'ete-launch-2026');
    assert.equal(url.searchParams.get('utm_content'), 'main-account-mastodon');
    assert.equal(url.searchParams.has('utm_term'), false, 'an empty template value drops the parameter');
  });

  it("ignores a campaign of another workspace", async () => {
    const text = await renderLinks(ctx(undefined), input({ campaignId: foreignCampaignId, text: 'https://a.example.com' }));
    assert.equal(text, 'https://a.example.com?utm_source=mastodon&utm_medium=social');
  });

  it('replaces each URL by a short link, the same code on a retry and for the same URL twice', async () => {
    const target = input({ campaignId, text: '🎉 https://a.example.com/x and https://b.example.com/y, again https://a.example.com/x' });
    const first = await renderLinks(ctx(base), target);
    const codes = [...first.matchAll(/https:\/\/go\.example\.org\/l\/([A-Za-z0-9_-]{8})/g)].map((m) => m[1]);
    assert.equal(codes.length, 3);
    assert.equal(first, `🎉 ${base}/l/${codes[0]} and ${base}/l/${codes[1]}, again ${base}/l/${codes[0]}`);
    assert.notEqual(codes[0], codes[1]);
    assert.equal(await renderLinks(ctx(base), target), first, 'a retried publish sends the same text');
    assert.equal(await renderLinks(ctx(base), { ...target, text: first }), first, 'our own short links are left alone');
    const rows = await listLinksPage(db.db, workspaceId, { postId: target.postId, limit: 10 });
    assert.deepEqual(rows.map((r) => r.targetUrl).sort(), [
      'https://a.example.com/x?utm_source=mastodon&utm_medium=social&utm_campaign=ete-launch-2026&utm_content=main-account-mastodon',
      'https://b.example.com/y?utm_source=mastodon&utm_medium=social&utm_campaign=ete-launch-2026&utm_content=main-account-mastodon',
    ]);
    assert.ok(rows.every((r) => r.postTargetId === target.targetId && r.campaignId === campaignId && r.channelId === channelId));
    const otherTarget = await renderLinks(ctx(base), { ...target, targetId: randomUUID() });
    assert.notEqual(otherTarget, first, 'another target gets its own links, so clicks count per channel');
  });

  it('gives two attempts racing on the same target one link', async () => {
    const target = input({ text: 'https://race.example.com/p' });
    const [a, b] = await Promise.all([renderLinks(ctx(base), target), renderLinks(ctx(base), target)]);
    assert.equal(a, b);
    assert.equal((await listLinksPage(db.db, workspaceId, { postId: target.postId, limit: 10 })).length, 1);
  });

  it('binds the config for a caller with a plain context (the engine)', async () => {
    const render = linkRenderer({ publicUrl: base });
    const target = input({ text: 'https://c.example.com' });
    const text = await render({ db: db.db, clock: systemClock, actor: systemActor('publish') }, target);
    assert.match(text, /^https:\/\/go\.example\.org\/l\/[A-Za-z0-9_-]{8}$/);
    assert.equal(await renderLinks(ctx(base), target), text);
  });

  it('previews the text at the length it will be sent, storing nothing', async () => {
    const target = input({ campaignId, text: 'Short https://a.co/x and long https://example.com/a/very/long/path/that/the/short/link/makes/shorter' });
    const before = (await listLinksPage(db.db, workspaceId, { limit: 100 })).length;
    const preview = await previewLinks(ctx(base), target);
    assert.equal(preview, `Short ${base}/l/${previewCode} and long ${base}/l/${previewCode}`);
    assert.equal((await listLinksPage(db.db, workspaceId, { limit: 100 })).length, before);
    assert.equal((await renderLinks(ctx(base), target)).length, preview.length);
    const withoutBase = await previewLinks(ctx(undefined), target);
    assert.equal(withoutBase, await renderLinks(ctx(undefined), target), 'without PUBLIC_URL the preview is the text sent');
  });

  it('leaves a text without links as it is', async () => {
    assert.equal(await renderLinks(ctx(base), input({ text: 'No link here, just example.com and ftp://files.example.com' })), 'No link here, just example.com and ftp://files.example.com');
  });
});
