// Focused tests for what the contract suite does not cover: Telegram's length unit, its real error
// shapes, albums and captions, literal text, inbox details, moderation calls, and safe fetch.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createConnectorContext } from '../sdk/context.ts';
import { measure } from '../sdk/counting/index.ts';
import type { Result } from '../sdk/result.ts';
import { onePixelPng } from '../sdk/contract/sample-media.ts';
import { startTelegramHarness } from './contract-harness.fixture.ts';
import { CHANNEL, GROUP } from './fake-bot-api.fixture.ts';
import { telegramConnector as telegram } from './index.ts';
import { postSettingsSchema } from './manifest.ts';

const h = await startTelegramHarness();
const settings = (overrides: object = {}) => postSettingsSchema.parse(overrides);
const post = (text: string, extra: object = {}) => telegram.publish!(h.ctx, { idempotencyKey: 'k', text, media: [], settings: settings(), ...extra });
const errorOf = (result: Result<unknown>) => (result.ok ? assert.fail('expected an error') : result.error);
const value = <T>(result: Result<T>): T => (result.ok ? result.value : assert.fail(`${result.error.kind}: ${result.error.reason}`));
const lastCall = () => h.network.calls.at(-1);
after(() => h.close());

describe('telegram: length in UTF-16 code units', () => {
  it('accepts 4,096 units and refuses 4,097 before calling Telegram, emoji counting 2', async () => {
    const emoji = '😀'.repeat(2048); // 2,048 code points, 4,096 UTF-16 units
    const published = value(await post(emoji));
    assert.equal((await h.network.findPost(published.externalId))?.text, emoji);
    const calls = h.network.calls.length;
    const over = `${emoji}a`;
    assert.equal(errorOf(await post(over)).kind, 'rejected');
    assert.equal(h.network.calls.length, calls, 'the over-long text reached Telegram');
    // The composer counts with the channel's rule and agrees with Telegram.
    assert.equal(measure(telegram.manifest.defaultLimits.text.countingRule, over, 4096).used, 4097);
  });

  it('caps a caption at 1,024 units', async () => {
    const error = errorOf(await post('x'.repeat(1025), { media: [onePixelPng] }));
    assert.match(error.reason, /caption is too long: 1025 of 1024/);
  });
});

describe('telegram: publishing', () => {
  it('sends text literally, without parse_mode, so markup in a post stays text', async () => {
    const text = '<b>not bold</b> *nor this* [link](http://x)';
    const published = value(await post(text));
    assert.equal(lastCall()?.params.parse_mode, undefined);
    assert.equal((await h.network.findPost(published.externalId))?.text, text);
    assert.equal(published.url, `https://t.me/${CHANNEL.username}/${published.externalId.split(':')[1]}`);
    assert.ok(published.externalId.startsWith(`${CHANNEL.id}:`), 'the id uses the numeric chat id, not @username');
  });

  it('sends 2-10 images as one album, alt text only when the user asks for it as a caption', async () => {
    const media = [1, 2, 3].map((n) => ({ ...onePixelPng, altText: `picture ${n}` }));
    const album = value(await post('three pictures', { media }));
    assert.equal(lastCall()?.method, 'sendMediaGroup');
    assert.equal((await h.network.findPost(album.externalId))?.mediaCount, 3);
    const captions = (lastCall()?.params.media as Array<{ caption?: string }>).map((m) => m.caption);
    assert.deepEqual(captions, ['three pictures', undefined, undefined]);
    value(await post('', { media, settings: settings({ altTextAsCaption: true }) }));
    assert.deepEqual((lastCall()?.params.media as Array<{ caption?: string }>).map((m) => m.caption), ['picture 1', 'picture 2', 'picture 3']);
  });

  it('refuses a chat that is not configured, and publishes to another configured one', async () => {
    assert.equal(errorOf(await post('hi', { settings: settings({ chat: '@somebody_else' }) })).kind, 'rejected');
    const published = value(await post('to the group', { settings: settings({ chat: String(GROUP.id) }) }));
    assert.ok(published.externalId.startsWith(`${GROUP.id}:`));
    assert.equal(published.url, `https://t.me/c/2222222222/${published.externalId.split(':')[1]}`);
  });

  it('offers no lookup after an unknown outcome: a person has to check the chat', () => {
    assert.equal(telegram.manifest.publishIdempotency, 'unverifiable');
    assert.equal(telegram.lookupPublished, undefined);
  });
});

describe("telegram: the Bot API's error shapes", () => {
  const cases: Array<[string, number, object, string, RegExp]> = [
    ['429 with parameters.retry_after and no header', 429, { description: 'Too Many Requests: retry after 17', parameters: { retry_after: 17 } }, 'rate_limited', /retry after 17/],
    ['403 bot kicked', 403, { description: 'Forbidden: bot was kicked from the group chat' }, 'rejected', /bot was kicked/],
    ['400 chat not found', 400, { description: 'Bad Request: chat not found' }, 'rejected', /chat not found/],
    ['400 group migrated to a supergroup', 400, { description: 'Bad Request: group chat was upgraded to a supergroup chat', parameters: { migrate_to_chat_id: -1009 } }, 'rejected', /now chat -1009/],
    ['409 getUpdates while a webhook is set', 409, { description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first" }, 'rejected', /webhook is active/],
    ['500 from the Bot API', 500, { description: 'Internal Server Error' }, 'transient', /Internal Server Error/],
  ];
  for (const [title, status, body, kind, reason] of cases) {
    it(title, async () => {
      h.network.answerNext({ status, body: { ok: false, error_code: status, ...body } });
      const error = errorOf(await post('hello'));
      assert.equal(error.kind, kind);
      assert.match(error.reason, reason);
      if (error.kind === 'rate_limited') assert.equal(error.retryAfterSeconds, 17);
    });
  }

  it('never leaks the token into a reason', async () => {
    h.network.answerNext({ status: 502, body: '<html>502 Bad Gateway</html>', headers: { 'content-type': 'text/html' } });
    const error = errorOf(await post('hello'));
    assert.equal(error.kind, 'transient');
    assert.doesNotMatch(error.reason, /ABC-test-token/);
  });
});

describe('telegram: inbox', () => {
  let cursor: string;
  before(async () => {
    // Start after whatever earlier tests left.
    for (;;) {
      const page = value(await telegram.fetchInbox!(h.ctx, { cursor: cursor ?? null, limit: 100 }));
      cursor = page.nextCursor;
      if (!page.hasMore) break;
    }
  });

  it('reads channel posts as the channel, replies with what they answer, and skips other chats while moving on', async () => {
    const question = await h.network.receive('is this on?');
    const [, questionId] = question.externalId.split(':');
    h.network.pushUpdate({ channel_post: { message_id: 900, date: 1_700_000_000, chat: CHANNEL, sender_chat: CHANNEL, text: 'news!' } });
    h.network.pushUpdate({ message: { message_id: 5, date: 1_700_000_000, chat: { id: 99, type: 'group', title: 'elsewhere' }, text: 'not ours' } });
    const lastUpdate = h.network.pushUpdate({
      message: { message_id: 901, date: 1_700_000_000, chat: GROUP, from: { id: 31, is_bot: false, first_name: 'Bo', username: 'bo' }, caption: 'a photo caption', reply_to_message: { message_id: Number(questionId), date: 1_700_000_000, chat: GROUP } },
    });
    const page = value(await telegram.fetchInbox!(h.ctx, { cursor, limit: 10 }));
    assert.deepEqual(page.items.map((i) => i.text), ['is this on?', 'news!', 'a photo caption']);
    assert.deepEqual(page.items[1]?.author, { externalId: String(CHANNEL.id), handle: 'tandem_news' });
    assert.deepEqual([page.items[2]?.kind, page.items[2]?.inReplyTo, page.items[2]?.author.handle], ['reply', question.externalId, 'bo']);
    assert.equal(page.items[1]?.createdAt, '2023-11-14T22:13:20.000Z');
    assert.equal(page.nextCursor, String(lastUpdate + 1), 'the cursor is the next update_id');
    assert.deepEqual(lastCall()?.params.allowed_updates, ['message', 'edited_message', 'channel_post']);
    assert.equal(lastCall()?.params.timeout, 0);
    const again = value(await telegram.fetchInbox!(h.ctx, { cursor: page.nextCursor, limit: 10 }));
    assert.deepEqual([again.items, again.nextCursor, again.hasMore], [[], page.nextCursor, false]);
  });
});

describe('telegram: moderation and identity', () => {
  it('kicks as ban then unban only_if_banned, in one chat when the target names it', async () => {
    value(await telegram.moderate!(h.ctx, { action: 'kick', targetExternalId: `${GROUP.id}:77` }));
    assert.deepEqual(h.network.calls.slice(-2).map((c) => [c.method, c.params.chat_id, c.params.user_id, c.params.only_if_banned]), [
      ['banChatMember', String(GROUP.id), 77, undefined],
      ['unbanChatMember', String(GROUP.id), 77, true],
    ]);
  });

  it('keeps a timeout of a few seconds from becoming a permanent restriction', async () => {
    const now = Math.floor(Date.now() / 1000);
    value(await telegram.moderate!(h.ctx, { action: 'timeout', targetExternalId: `${GROUP.id}:78`, durationSeconds: 5 }));
    const until = Number(lastCall()?.params.until_date);
    assert.ok(until - now >= 30 && until - now < 60, `until_date is ${until - now} s away`);
  });

  it('identifies the bot with getMe', async () => {
    assert.deepEqual(value(await telegram.identify!(h.ctx)), { accountId: '424242', handle: 'tandem_bot', displayName: 'Tandem', profileUrl: 'https://t.me/tandem_bot' });
  });

  it('goes through safe fetch: a loopback Bot API that the channel does not allow is refused', async () => {
    const ctx = createConnectorContext({ channelId: 'c', config: h.ctx.config, credentials: h.ctx.credentials });
    const error = errorOf(await telegram.identify!(ctx));
    assert.deepEqual([error.kind, error.kind === 'rejected' && error.code], ['rejected', 'address_refused']);
  });
});
