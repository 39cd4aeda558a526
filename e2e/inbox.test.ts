// The inbox in a real browser against a real server and a real network. The brand (alice on the
// AT Protocol reference PDS and AppView) announces something; bob mentions the brand and replies
// to the announcement, and writes to the brand on Mastodon too (a loopback instance). Both arrive;
// the reply lands in the community queue and is assigned to the community manager by round robin;
// her answer goes out on Bluesky as a reply to bob's post; bob's two identities are suggested for
// merge, merged from the review queue, and his timeline then shows what he did on both networks.
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
const MASTODON_TOKEN = 'e2e-inbox-mastodon-token';
const announcement = 'Our spring roast is in every shop from Monday. Tell us what you think!';
const bobsReply = 'Tried it this morning: lovely, but will it come in decaf?';
const bobsMention = 'where can I buy your beans in Lyon?';
const caseysAnswer = 'Thanks Bob! A decaf spring roast is coming in April.';

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

describe('inbox journey', { skip: services.ok ? false : services.reason }, () => {
  const owner = { name: 'Sam Social', email: 'sam@example.com', password: 'correct horse battery', workspace: 'Acme Coffee' };
  const casey = { name: 'Casey Community', email: 'casey@example.com', password: 'a long enough secret', role: 'community_manager' };
  const shots = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-e2e-inbox-'));
  let server: TandemServer;
  let bluesky: DevEnv;
  let mastodon: FakeMastodon;
  let samBrowser: Awaited<ReturnType<typeof launchBrowser>>;
  let caseyBrowser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let api: ApiSession;
  let caseyId: string;
  let ws: string;
  let channelIds: { bluesky: string; mastodon: string };
  let bobsReplyUri: string;

  const shot = (p: Page, name: string) => p.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

  before(async () => {
    if (!services.ok) return;
    [server, bluesky, mastodon] = await Promise.all([startTandem(), startDevEnv(services), startFakeMastodon(MASTODON_TOKEN)]);
    [samBrowser, caseyBrowser] = await Promise.all([launchBrowser(), launchBrowser()]);
    api = await setupOwner(samBrowser.context.request, server.url, owner);
    ws = `/api/v1/workspaces/${api.workspaceId}`;
    channelIds = await addNetworkChannels(api, { bluesky, mastodon, mastodonToken: MASTODON_TOKEN });
    caseyId = (await addMember(api, caseyBrowser.context.request, server.url, casey)).userId;
    // Sam wears the social hat today, so the community queue's only member is Casey; the inbox
    // hands new conversations out by round robin.
    await api.put(`${ws}/hat`, { hat: 'social' });
    await api.put(`${ws}/inbox/settings`, { autoAssign: true });
    page = caseyBrowser.context.pages()[0] ?? (await caseyBrowser.context.newPage());
  });

  after(async () => {
    await samBrowser?.close();
    await caseyBrowser?.close();
    await server?.stop();
    await bluesky?.close();
    await mastodon?.close();
    console.log(`screenshots in ${shots}`);
  });

  test('the announcement goes out on Bluesky; bob replies to it, mentions the brand, and writes on Mastodon', async () => {
    const post = await api.post(`${ws}/posts`, { text: announcement, targets: [{ channelId: channelIds.bluesky }] }, 201);
    await api.post(`${ws}/posts/${post.id}/schedule`, { at: new Date(Date.now() + 2_000).toISOString() });
    const published = await until('the announcement to be published', async () => {
      const p = await api.get(`${ws}/posts/${post.id}`);
      return p.state === 'published' ? p : undefined;
    });
    const target = published.targets.find((t: { network: string }) => t.network === 'bluesky');
    // Bob answers a post he has seen, one the AppView has indexed (else no reply notification is
    // made for alice, and the reply never reaches her inbox).
    await bluesky.network.processAll();
    const uri = new AtUri(target.externalId);
    const { data } = await bluesky.bob.agent.com.atproto.repo.getRecord({ repo: uri.host, collection: uri.collection, rkey: uri.rkey });
    const subject = { uri: data.uri, cid: data.cid! };
    const reply = await bluesky.bob.agent.com.atproto.repo.createRecord({
      repo: bluesky.bob.did,
      collection: 'app.bsky.feed.post',
      record: { text: bobsReply, createdAt: new Date().toISOString(), reply: { root: subject, parent: subject } },
    });
    bobsReplyUri = reply.data.uri;
    await bluesky.view.receive(bobsMention);
    mastodon.receiveStatus({ text: 'do you ship the spring roast to France?', username: 'bob' });
  });

  test('both arrive; the reply lands in the community queue, assigned to Casey', async () => {
    await page.goto(`${server.url}/w/${api.workspaceId}/inbox`);
    // Ingestion polls every minute; the Refresh action reads the channels now.
    await page.getByRole('button', { name: 'Refresh' }).click();
    const list = page.getByRole('list', { name: 'Conversation list' });
    await until('the reply in Casey\'s queue', async () => {
      const found = await api.get(`${ws}/inbox/conversations?hat=community&status=open`);
      return found.items.some((c: { lastMessage?: { text: string } }) => c.lastMessage?.text === bobsReply) ? true : undefined;
    }).catch(async (err) => {
      throw new Error(`${err.message}; open: ${JSON.stringify(await api.get(`${ws}/inbox/conversations?status=open`))}\nserver:\n${server.output().slice(-4000)}`);
    });
    const convs = await api.get(`${ws}/inbox/conversations?status=open`);
    const replyConv = convs.items.find((c: { lastMessage?: { text: string } }) => c.lastMessage?.text === bobsReply);
    const mentionConv = convs.items.find((c: { lastMessage?: { text: string } }) => c.lastMessage?.text?.includes(bobsMention));
    assert.ok(mentionConv, 'the mention arrived');
    assert.equal(replyConv.hat, 'community', 'replies to a published post go to the community hat');
    assert.equal(mentionConv.hat, 'social', 'a mention stays in the social queue');
    assert.equal(replyConv.assignee?.id, caseyId, 'round robin gave it to the only community member');

    await page.reload();
    await list.getByRole('link', { name: new RegExp(bobsReply.slice(0, 20)) }).first().click();
    await page.getByRole('region', { name: 'Thread' }).getByText(bobsReply).waitFor();
    await page.getByLabel(`Assigned to ${casey.name}`).first().waitFor();
    await shot(page, 'conversation');
  });

  test("Casey's reply goes out and appears on Bluesky as an answer to bob", async () => {
    const box = page.getByRole('region', { name: 'Reply box' });
    await box.getByRole('textbox').first().fill(caseysAnswer);
    await box.getByRole('button', { name: 'Send', exact: true }).click();
    const answer = await until('the answer on the PDS', async () => {
      const { data } = await bluesky.alice.agent.com.atproto.repo.listRecords({ repo: bluesky.alice.did, collection: 'app.bsky.feed.post', limit: 100 });
      return data.records.find((r) => (r.value as { text?: string }).text === caseysAnswer);
    }, 60_000);
    assert.equal((answer.value as { reply?: { parent: { uri: string } } }).reply?.parent.uri, bobsReplyUri);
    await page.getByRole('region', { name: 'Thread' }).getByText(caseysAnswer).waitFor();
    await shot(page, 'answered');
  });

  test("bob's two identities are suggested for merge, merged, and his timeline shows both networks", async () => {
    await page.goto(`${server.url}/w/${api.workspaceId}/people/merge-suggestions`);
    const suggestion = page.getByRole('article', { name: /Suggestion/ }).first();
    await until('a merge suggestion', async () => {
      const s = await api.get(`${ws}/people/merge-suggestions?status=pending`);
      return s.items?.length ? true : (await page.reload(), undefined);
    });
    await suggestion.waitFor();
    await shot(page, 'merge-suggestion');
    await suggestion.getByRole('button', { name: 'Merge' }).click();
    await until('the merge', async () => ((await api.get(`${ws}/people/merge-suggestions?status=pending`)).items.length === 0 ? true : undefined), 30_000);

    const people = await api.get(`${ws}/people?q=bob`);
    assert.equal(people.items.length, 1, 'bob is one person after the merge');
    const bob = people.items[0];
    await page.goto(`${server.url}/w/${api.workspaceId}/people/${bob.id}`);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByText(bobsReply).waitFor();
    await timeline.getByText(/spring roast to France/).waitFor();
    // One person now, with an identity on each network.
    const identities = page.getByRole('region', { name: 'Identities', exact: true });
    await identities.getByText(bluesky.bob.handle).first().waitFor();
    const merged = await api.get(`${ws}/people/${bob.id}/profile`);
    assert.deepEqual(merged.identities.map((i: { network: string }) => i.network).sort(), ['bluesky', 'mastodon']);
    await shot(page, 'person-timeline');
  });

  test('conversations selected in the list take one change together', async () => {
    await page.goto(`${server.url}/w/${api.workspaceId}/inbox?hat=both`);
    const boxes = page.getByRole('list', { name: 'Conversation list' }).getByRole('checkbox');
    await boxes.first().waitFor();
    const picked = Math.min(2, await boxes.count());
    for (let i = 0; i < picked; i++) await boxes.nth(i).check();
    const bar = page.getByRole('toolbar', { name: 'Change the selected conversations' });
    await bar.getByText(`${picked} selected`).waitFor();
    await bar.getByRole('button', { name: 'Priority' }).click();
    await page.getByRole('menuitem', { name: 'Urgent' }).click();
    await bar.waitFor({ state: 'detached' });
    const urgent = await until('the selection urgent', async () => {
      const found = await api.get(`${ws}/inbox/conversations?priority=urgent`);
      return found.items.length >= picked ? found.items : undefined;
    });
    assert.equal(urgent.length, picked);
    await shot(page, 'bulk-urgent');
  });
});
