// Channels in a real browser against a real server: connect an RSS feed served on loopback (its
// host allowlisted in the channel's config, as the form generated from the connector's JSON Schema
// offers), see it healthy, rename it, test it, make the feed fail and see the failing badge after
// "Test now", then disconnect it. The form generator and the limits line are checked first, alone.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { fieldsOf, humanize, initialValues, toConfig } from '../web/src/features/channels/config-schema.ts';
import { limitsSummary } from '../web/src/features/channels/limits-summary.ts';
import { launchBrowser } from './support/browser.ts';
import { startTandem, type TandemServer } from './support/tandem-server.ts';

describe('connect form generated from a config JSON Schema', () => {
  // As the API sends it: zod 4's JSON Schema of the input (defaulted keys are not required).
  const schema = z.toJSONSchema(
    z.object({
      instanceUrl: z.url().describe('Your server'),
      email: z.email().optional(),
      backfillDays: z.number().int().min(0).max(90).default(7),
      verbose: z.boolean().default(false),
      visibility: z.enum(['public', 'unlisted']),
      allowHosts: z.array(z.string()).default([]),
      smtp: z.object({ host: z.string().min(1), port: z.number().int().default(587) }),
      extra: z.custom<string>((v) => typeof v === 'string').optional(),
    }),
    { io: 'input', unrepresentable: 'any' },
  );

  test('one field per property, nested objects flattened, with kind, label, help text, required, defaults', () => {
    const fields = fieldsOf(schema);
    assert.deepEqual(
      fields.map((f) => [f.name, f.kind, f.label, f.required, f.advanced, f.defaultValue]),
      [
        ['instanceUrl', 'text', 'Instance URL', true, false, ''],
        ['email', 'text', 'Email', false, false, ''],
        ['backfillDays', 'number', 'Backfill days', false, true, 7],
        ['verbose', 'boolean', 'Verbose', false, true, false],
        ['visibility', 'enum', 'Visibility', true, false, ''],
        ['allowHosts', 'list', 'Allow hosts', false, true, []],
        ['smtp.host', 'text', 'SMTP host', true, false, ''],
        ['smtp.port', 'number', 'SMTP port', false, true, 587],
        ['extra', 'json', 'Extra', false, false, ''],
      ],
    );
    assert.equal(fields[0]!.description, 'Your server');
    assert.deepEqual(fields.map((f) => (f.kind === 'text' ? f.format : null)).slice(0, 2), ['uri', 'email']);
    const days = fields[2]!;
    assert.ok(days.kind === 'number' && days.integer && days.min === 0 && days.max === 90);
    assert.ok(fields[4]!.kind === 'enum' && fields[4]!.options.join() === 'public,unlisted');
    assert.equal(humanize('readChannelIds'), 'Read channel IDs');
  });

  test('values become the config the API validates; empty optional values are left out', () => {
    const fields = fieldsOf(schema);
    const values = { ...initialValues(fields), instanceUrl: ' https://social.example ', visibility: 'public', allowHosts: ['127.0.0.1:8080', ' '], 'smtp.host': 'mail.example', extra: '"x"' };
    assert.deepEqual(toConfig(fields, values), {
      instanceUrl: 'https://social.example',
      backfillDays: 7,
      verbose: false,
      visibility: 'public',
      allowHosts: ['127.0.0.1:8080'],
      smtp: { host: 'mail.example', port: 587 },
      extra: 'x',
    });
    assert.throws(() => toConfig(fields, { ...values, extra: '{nope' }), /Extra is not valid JSON/);
  });

  test('limits read as one line', () => {
    const limits = {
      text: { maxLength: 300, countingRule: 'graphemes' },
      media: { maxItems: 4, mimeTypes: ['image/png'], maxBytesPerItem: 1e6 },
      dailyPublishCap: null,
      rateLimits: [{ requests: 1666, windowSeconds: 3600, scope: 'publish' as const }],
    };
    assert.equal(limitsSummary(limits, true), '300 characters · 4 images · 1,666 posts/h');
    assert.equal(limitsSummary(limits, false), 'Inbound only');
  });
});

/** A feed on loopback that can be told to fail, like a blog whose server went away. */
async function startFeed() {
  let failing = false;
  const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Acme Coffee blog</title><id>urn:acme:blog</id><updated>2025-05-01T10:00:00Z</updated><link href="http://127.0.0.1/"/><entry><title>New roast</title><id>urn:acme:1</id><updated>2025-05-01T10:00:00Z</updated><link href="http://127.0.0.1/roast"/><author><name>Ada</name></author><summary>Our spring roast is here.</summary></entry></feed>`;
  const server = http.createServer((req, res) => {
    if (req.url === '/page.html') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body>A blog page, not its feed</body></html>');
    if (failing) return res.writeHead(410, { 'content-type': 'text/plain' }).end('This feed has moved away');
    res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(atom);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { host, url: `http://${host}/feed.xml`, fail: () => (failing = true), close: () => new Promise((r) => server.close(r)) };
}

describe('channels page', () => {
  const owner = { name: 'Ada Lovelace', email: 'ada@example.com', password: 'correct horse battery', workspace: 'Acme Coffee' };
  const shots = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-e2e-channels-'));
  let server: TandemServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let feed: Awaited<ReturnType<typeof startFeed>>;
  let page: Page;
  // Notifications are dismissed and transitions (about 200 ms in Mantine) left to settle, so the
  // screenshot shows the page rather than a fade.
  const shot = async (name: string) => {
    for (const close of await page.locator('.mantine-Notification-closeButton').all()) await close.click().catch(() => {});
    await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached' });
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
  };
  const heading = (name: string | RegExp) => page.getByRole('heading', { name });
  const row = (name: string) => page.getByRole('table', { name: 'Channels' }).getByRole('row').filter({ hasText: name });

  before(async () => {
    [server, feed] = await Promise.all([startTandem(), startFeed()]);
    browser = await launchBrowser();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await feed?.close();
    console.log(`screenshots in ${shots}`);
  });

  test('the owner finds an empty channels page inviting to connect the first channel', async () => {
    await page.goto(`${server.url}/setup`);
    await page.getByLabel('Your name').fill(owner.name);
    await page.getByLabel('Email').fill(owner.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(owner.password);
    await page.getByLabel('Workspace name').fill(owner.workspace);
    await page.getByRole('button', { name: 'Create account and workspace' }).click();
    await heading('Welcome, Ada').waitFor();

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Channels' }).click();
    await heading('Channels').waitFor();
    await page.getByText('No channels connected yet').waitFor();
    await shot('empty-light');
  });

  test('connecting a web page instead of a feed shows the reason the server gives', async () => {
    await page.getByRole('button', { name: 'Connect a channel' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Connect a channel' });
    await dialog.getByRole('button', { name: 'Connect RSS / Atom feed' }).click();
    const form = page.getByRole('dialog', { name: 'Connect RSS / Atom feed' });
    await form.getByLabel('Feed URL').fill(`http://${feed.host}/page.html`);
    await form.getByRole('button', { name: /Advanced settings/ }).click();
    const hosts = form.getByRole('combobox', { name: 'Allow hosts' });
    await hosts.fill(feed.host);
    await hosts.press('Enter');
    await form.getByRole('button', { name: 'Connect', exact: true }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: /not an RSS or Atom feed/ })
      .waitFor();
    await shot('connect-error-light');
  });

  test('connecting the feed lists it as healthy, named after the feed', async () => {
    const form = page.getByRole('dialog', { name: 'Connect RSS / Atom feed' });
    await form.getByLabel('Feed URL').fill(feed.url);
    await form.getByRole('button', { name: 'Connect', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    await row('Acme Coffee blog').getByText('Healthy').waitFor();
    assert.match(await row('Acme Coffee blog').innerText(), /RSS \/ Atom feed/);
    await page.mouse.move(0, 0);
    await shot('healthy-light');
  });

  test('renaming it changes only the name shown', async () => {
    await page.getByRole('button', { name: 'More actions for Acme Coffee blog' }).click();
    await page.getByRole('menuitem', { name: 'Rename' }).click();
    const dialog = page.getByRole('dialog', { name: /Rename/ });
    await dialog.getByLabel('Display name').fill('Blog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row('Blog').getByText('Healthy').waitFor();
    // The account is the same feed: its title now shows as the handle next to the network.
    await row('Blog').getByText('RSS / Atom feed · Acme Coffee blog').waitFor();
    assert.equal(await page.getByText('Acme Coffee blog', { exact: true }).count(), 0);
  });

  test('Test now passes while the feed answers, and shows the failure once it does not', async () => {
    await page.getByRole('button', { name: 'Test Blog now' }).click();
    await page.getByText('Test passed').waitFor();

    feed.fail();
    await page.getByRole('button', { name: 'Test Blog now' }).click();
    // The red badge, and under it the reason the feed server gave.
    await row('Blog').getByText('Failing', { exact: true }).waitFor();
    await row('Blog').getByText('This feed has moved away').waitFor();
    await page.mouse.move(0, 0);
    await shot('failing-light');

    await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    await page.locator('html[data-mantine-color-scheme="dark"]').waitFor({ state: 'attached' });
    await page.mouse.move(600, 700);
    await page.getByRole('tooltip').waitFor({ state: 'detached' });
    await shot('failing-dark');
  });

  test('an analyst sees the channels and their health, but no way to change them', async () => {
    const session = await (await page.request.get(`${server.url}/api/v1/auth/session`)).json();
    const workspaceId = session.workspaces[0].id;
    const invited = await page.request.post(`${server.url}/api/v1/workspaces/${workspaceId}/invitations`, {
      headers: { 'x-csrf-token': session.csrfToken },
      data: { email: 'ana@example.com', role: 'analyst' },
    });
    assert.equal(invited.status(), 201);
    const token = new URL((await invited.json()).link).hash.slice(1);
    const other = await launchBrowser();
    try {
      const accepted = await other.context.request.post(`${server.url}/api/v1/invitations/accept`, { data: { token, name: 'Ana Lyst', password: 'a long enough secret' } });
      assert.equal(accepted.status(), 200);
      const p = other.context.pages()[0] ?? (await other.context.newPage());
      await p.goto(`${server.url}/w/${workspaceId}/channels`);
      await p.getByRole('heading', { name: 'Channels' }).waitFor();
      await p.waitForTimeout(1000);
      await p.screenshot({ path: path.join(shots, 'read-only-light.png'), fullPage: true });
      const blog = p.getByRole('table', { name: 'Channels' }).getByRole('row').filter({ hasText: 'Blog' });
      await blog.getByText('Failing', { exact: true }).waitFor();
      await p.getByText('Your role can see channels but not change them.').waitFor();
      for (const name of ['Connect a channel', 'Test Blog now', 'More actions for Blog']) assert.equal(await p.getByRole('button', { name }).count(), 0, name);
    } finally {
      await other.close();
    }
  });

  test('disconnecting asks first, says the data is kept, and folds the channel away', async () => {
    await page.getByRole('button', { name: 'More actions for Blog' }).click();
    await page.getByRole('menuitem', { name: 'Disconnect' }).click();
    const dialog = page.getByRole('dialog', { name: 'Disconnect “Blog”?' });
    await dialog.getByText(/are kept/).waitFor();
    await shot('disconnect-dark');
    await dialog.getByRole('button', { name: 'Disconnect' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('No channels connected yet').waitFor();

    await page.getByRole('button', { name: 'Disconnected channels (1)' }).click();
    await page.getByRole('table', { name: 'Disconnected channels' }).getByText('Blog', { exact: true }).waitFor();
    await shot('disconnected-dark');
  });

  test('the audit log finds the connection and the disconnection by their names', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit log' }).click();
    const entries = page.getByRole('table', { name: 'Audit entries' });
    for (const [label, action] of [['Connected a channel', 'channel.connect'], ['Disconnected a channel', 'channel.disconnect']]) {
      await page.getByRole('combobox', { name: 'Action' }).click();
      await page.getByRole('option', { name: label, exact: true }).click();
      const match = entries.getByRole('row').filter({ hasText: action });
      await match.waitFor();
      assert.equal(await match.count(), 1, `one ${action} entry`);
    }
  });
});
