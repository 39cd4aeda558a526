// The first journey of a new install, in a real browser against a real server and an empty data
// directory: first-run setup, sign out, sign in, invite a community manager, copy the link,
// accept it as the invitee, and find the invitation in the audit log.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { startTandem, type TandemServer } from './support/tandem-server.ts';

const owner = { name: 'Ada Lovelace', email: 'ada@example.com', password: 'correct horse battery', workspace: 'Acme Coffee' };
const invitee = { name: 'Cora Hill', email: 'cora@example.com', password: 'another long secret' };
const shots = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-e2e-shots-'));

let server: TandemServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

before(async () => {
  server = await startTandem();
  browser = await launchBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

after(async () => {
  await browser?.close();
  await server?.stop();
  console.log(`screenshots in ${shots}`);
});

/** Polls a condition the page cannot be asked about directly, for at most `ms`. */
async function waitUntil(condition: () => Promise<boolean>, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const heading = (name: string | RegExp) => page.getByRole('heading', { name });
// By role: the password input's visibility toggle also has "password" in its label.
const nav = () => page.getByRole('navigation', { name: 'Main navigation' });
const password = () => page.getByRole('textbox', { name: 'Password', exact: true });

test('first-run setup creates the owner and the first workspace', async () => {
  await page.goto(server.url);
  await page.waitForURL('**/setup');
  await heading('Welcome to Tandem').waitFor();
  await page.getByLabel('Your name').fill(owner.name);
  await page.getByLabel('Email').fill(owner.email);
  await password().fill(owner.password);
  await page.getByLabel('Workspace name').fill(owner.workspace);
  await page.screenshot({ path: path.join(shots, 'setup-light.png'), fullPage: true });
  await page.getByRole('button', { name: 'Create account and workspace' }).click();
  await heading('Welcome, Ada').waitFor();
  await page.getByRole('button', { name: /Workspace: Acme Coffee/ }).waitFor();
});

test('signing out and back in', async () => {
  await page.getByRole('button', { name: `Account menu for ${owner.name}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await heading('Sign in to Tandem').waitFor();

  await page.getByLabel('Email').fill(owner.email);
  await password().fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: /password/i }).waitFor();

  await password().fill(owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await heading('Welcome, Ada').waitFor();
});

let link = '';

test('inviting a member as community manager shows a link to copy', async () => {
  await nav().getByRole('link', { name: 'Members' }).click();
  await heading('Members').waitFor();
  await page.getByText('No pending invitations').waitFor();
  await page.getByRole('button', { name: 'Invite member' }).first().click();

  const dialog = page.getByRole('dialog', { name: 'Invite a member' });
  await dialog.getByLabel('Email').fill(invitee.email);
  await dialog.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: /^Community manager/ }).click();
  await dialog.getByRole('button', { name: 'Create invitation' }).click();

  const created = page.getByRole('dialog', { name: 'Invitation created' });
  const linkField = created.getByRole('textbox', { name: 'Invitation link' });
  await linkField.waitFor();
  link = await linkField.inputValue();
  assert.match(link, new RegExp(`^${server.url}/invite#[\\w-]{10,}$`));

  await created.getByRole('button', { name: 'Copy invitation link' }).click();
  await created.getByRole('button', { name: 'Invitation link copied' }).waitFor();
  // Browser-side code as strings: the root tsconfig (which checks e2e/) has no DOM types.
  assert.equal(await page.evaluate('navigator.clipboard.readText()'), link);

  await created.getByRole('button', { name: 'Done' }).click();
  await created.waitFor({ state: 'detached' });
  await page.getByRole('cell', { name: invitee.email, exact: true }).waitFor();
  await page.screenshot({ path: path.join(shots, 'members-light.png'), fullPage: true });
});

test('the invitee accepts the link in their own browser', async () => {
  const other = await launchBrowser({ colorScheme: 'dark' });
  try {
    const p = other.context.pages()[0] ?? (await other.context.newPage());
    await p.goto(link);
    await p.getByRole('heading', { name: `Join ${owner.workspace}` }).waitFor();
    // The token leaves the address bar as soon as it has been read.
    assert.equal(new URL(p.url()).hash, '');
    await p.getByLabel('Your name').fill(invitee.name);
    await p.getByRole('textbox', { name: 'Choose a password' }).fill(invitee.password);
    await p.getByRole('button', { name: 'Accept invitation' }).click();
    await p.getByRole('heading', { name: 'Welcome, Cora' }).waitFor();
    // A community manager wears only the community hat, and sees no audit log or tokens.
    await p.getByRole('banner').getByText('Community hat', { exact: true }).waitFor();
    assert.equal(await p.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit log' }).count(), 0);
    assert.equal(await p.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'API tokens' }).count(), 0);
    await p.screenshot({ path: path.join(shots, 'invitee-dark.png'), fullPage: true });
  } finally {
    await other.close();
  }
});

test('the invitation appears in the audit log', async () => {
  await nav().getByRole('link', { name: 'Audit log' }).click();
  await heading('Audit log').waitFor();
  const entries = page.getByRole('table', { name: 'Audit entries' });
  await entries.getByText('member.join').waitFor();

  await page.getByRole('combobox', { name: 'Action' }).click();
  await page.getByRole('option', { name: 'Invited a member' }).click();
  await entries.getByText('member.join').waitFor({ state: 'detached' });
  const row = entries.getByRole('row').filter({ hasText: 'member.invite' });
  await row.waitFor();
  assert.equal(await row.count(), 1);
  assert.match(await row.innerText(), /ada@example\.com/);

  await row.getByRole('button', { name: /Show details/ }).click();
  await entries.getByRole('cell', { name: invitee.email, exact: true }).waitFor();
  await entries.getByRole('cell', { name: 'community_manager', exact: true }).waitFor();
  await page.screenshot({ path: path.join(shots, 'audit-light.png'), fullPage: true });

  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await page.locator('html[data-mantine-color-scheme="dark"]').waitFor({ state: 'attached' });
  await page.mouse.move(600, 700); // away from the toggle, so its tooltip closes
  await page.getByRole('tooltip').waitFor({ state: 'detached' });
  await page.screenshot({ path: path.join(shots, 'audit-dark.png'), fullPage: true });
});

test('on a phone the navigation folds behind a burger', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Folded away, the navbar sits off-screen (and is inert, so Tab skips it).
  // (Polled from here: waitForFunction would need eval, which the page's CSP rightly refuses.)
  const navFolded = () => waitUntil(async () => {
      const box = await nav().boundingBox();
      return box !== null && box.x + box.width <= 0;
    });
  await navFolded();
  await page.getByRole('button', { name: 'Open navigation' }).click();
  await nav().getByRole('link', { name: 'Members' }).click();
  await heading('Members').waitFor();
  await navFolded();
  await page.screenshot({ path: path.join(shots, 'members-phone-dark.png'), fullPage: true });
});
