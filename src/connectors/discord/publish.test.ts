// Publishing on Discord beyond the contract: forum posts, the nonce, mentions, attachments.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { PublishInput } from '../sdk/operations.ts';
import type { DiscordSettings } from './config.ts';
import { discordConnector } from './index.ts';
import { startTestbed } from './fixture/harness.ts';
import type { DiscordTestbed } from './fixture/harness.ts';
import { onePixelPng } from '../sdk/contract/sample-media.ts';

const input = (overrides: Partial<PublishInput<DiscordSettings>> = {}): PublishInput<DiscordSettings> => ({
  idempotencyKey: randomUUID(),
  text: `post ${randomUUID().slice(0, 8)}`,
  media: [],
  settings: { mentions: 'none' },
  ...overrides,
});

async function published(t: DiscordTestbed, overrides: Partial<PublishInput<DiscordSettings>> = {}) {
  const result = await discordConnector.publish!(t.ctx, input(overrides));
  assert.ok(result.ok, result.ok ? '' : `${result.error.kind}: ${result.error.reason}`);
  return result.value;
}

describe('discord publish: forum channel', () => {
  let t: DiscordTestbed;
  before(async () => (t = await startTestbed({ publishTo: 'forum' })));
  after(() => t.network.close());

  it('starts a thread titled by the first line, and follow-ups go into that thread', async () => {
    const first = await published(t, { text: 'Release notes 2.0\nEverything that changed.' });
    const create = t.network.requests.find((r) => r.method === 'POST' && r.path === `/channels/${t.network.state.forum.id}/threads`);
    assert.equal(create?.incoming.json.name, 'Release notes 2.0');
    const threadId = first.externalId.split('/')[0]!;
    assert.equal(first.externalId, `${threadId}/${threadId}`, 'a forum post is its thread and its first message');
    assert.equal(t.network.state.channels.get(threadId)?.parent_id, t.network.state.forum.id);

    const second = await published(t, { text: 'And a follow-up', replyTo: first.externalId });
    assert.equal(second.externalId.split('/')[0], threadId);
    assert.deepEqual(await t.network.findPost(second.externalId), { text: 'And a follow-up', replyTo: first.externalId, mediaCount: 0 });
    assert.equal(t.network.state.channels.get(threadId)?.message_count, 1);
  });

  it('uses the title setting, cut to Discord’s 100 characters', async () => {
    await published(t, { settings: { mentions: 'none', threadTitle: 'Weekly digest' } });
    await published(t, { text: 'x'.repeat(150) });
    const names = t.network.requests.filter((r) => r.path.endsWith('/threads')).map((r) => r.incoming.json.name as string);
    assert.ok(names.includes('Weekly digest'));
    assert.equal([...names.at(-1)!].length, 100);
  });

  it('read-back finds a forum post among the active threads', async () => {
    const since = new Date(Date.now() - 60_000);
    const text = `lost answer ${randomUUID()}`;
    const post = await published(t, { text });
    const found = await discordConnector.lookupPublished!(t.ctx, { idempotencyKey: randomUUID(), text, since });
    assert.deepEqual(found.ok && found.value?.externalId, post.externalId);
  });
});

describe('discord publish: text channel', () => {
  let t: DiscordTestbed;
  before(async () => (t = await startTestbed()));
  after(() => t.network.close());

  it('sends a nonce with enforce_nonce, so a quick retry with the same key returns the first message', async () => {
    const same = input();
    const first = await published(t, same);
    const second = await published(t, same);
    assert.equal(second.externalId, first.externalId);
    assert.equal(await t.network.countPosts(same.text), 1);
    const sent = t.network.requests.filter((r) => r.method === 'POST' && r.incoming.json.content === same.text).map((r) => r.incoming.json);
    assert.equal(sent.length, 2);
    assert.equal(sent[0]!.enforce_nonce, true);
    assert.ok(typeof sent[0]!.nonce === 'string' && sent[0]!.nonce.length <= 25, 'Discord nonces are at most 25 characters');
    assert.equal(sent[1]!.nonce, sent[0]!.nonce);

    const other = await published(t, { ...same, idempotencyKey: randomUUID() });
    assert.notEqual(other.externalId, first.externalId, 'another key is another message');
  });

  it('pings nobody by default, and only what the setting allows', async () => {
    await published(t, { text: '@everyone the release is out' });
    assert.deepEqual(t.network.requests.at(-1)!.incoming.json.allowed_mentions, { parse: [], replied_user: false });
    await published(t, { text: '@everyone really', settings: { mentions: 'everyone' } });
    assert.deepEqual(t.network.requests.at(-1)!.incoming.json.allowed_mentions, { parse: ['users', 'roles', 'everyone'], replied_user: false });
  });

  it('uploads attachments as multipart (payload_json + files[n]) with the alt text as description', async () => {
    const jpeg = { mimeType: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xd9]) };
    const post = await published(t, { text: 'two pictures', media: [onePixelPng, jpeg] });
    const request = t.network.requests.at(-1)!;
    assert.match(String(request.headers['content-type']), /^multipart\/form-data; boundary=/);
    assert.deepEqual(request.incoming.files.map((f) => [f.field, f.filename, f.type]), [
      ['files[0]', 'file-1.png', 'image/png'],
      ['files[1]', 'file-2.jpg', 'image/jpeg'],
    ]);
    assert.deepEqual(request.incoming.json.attachments, [
      { id: 0, filename: 'file-1.png', description: 'A single pixel' },
      { id: 1, filename: 'file-2.jpg' },
    ]);
    const [channelId, messageId] = post.externalId.split('/');
    const stored = t.network.state.findMessage(channelId!, messageId!);
    assert.deepEqual(stored?.attachments.map((a) => a.description), ['A single pixel', undefined]);
  });

  it('counts the limit in code points, as Discord does: 2,000 emoji go through, 2,001 are refused', async () => {
    const emoji = '😀'.repeat(2000); // 4,000 UTF-16 units, 2,000 code points
    await published(t, { text: emoji });
    const refused = await discordConnector.publish!(t.ctx, input({ text: `${emoji}!` }));
    assert.deepEqual(refused.ok ? null : refused.error, {
      kind: 'rejected',
      reason: 'Invalid Form Body: content: Must be 2000 or fewer in length.',
      code: 'discord_50035',
    });
  });

  it('refuses a replyTo that is not a Discord message id without calling Discord', async () => {
    const before = t.network.requests.length;
    const result = await discordConnector.publish!(t.ctx, input({ replyTo: 'not-an-id' }));
    assert.equal(!result.ok && result.error.kind, 'rejected');
    assert.equal(t.network.requests.length, before);
  });
});
