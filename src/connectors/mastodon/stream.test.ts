// The streaming side of the Mastodon connector against the fake instance's server-sent events.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createConnectorContext } from '../sdk/context.ts';
import { serverSentEvents } from '../sdk/server-sent-events.ts';
import type { FakeMastodon } from './fixture/fake-mastodon.ts';
import { startInstance } from './fixture/harness.ts';
import type { Ctx } from './api.ts';
import { watchInbox } from './stream.ts';

const waitUntil = async (what: string, check: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('Mastodon streaming (watchInbox)', () => {
  let network: FakeMastodon;
  let ctx: Ctx;
  before(async () => {
    ({ network, ctx } = await startInstance());
  });
  after(() => network.close());

  it('calls onActivity for each mention while the stream is open, and resolves ok once aborted', async () => {
    const stop = new AbortController();
    let opened = 0;
    let activity = 0;
    const watching = watchInbox(ctx, { signal: stop.signal, onOpen: () => opened++, onActivity: () => activity++ });
    await waitUntil('the stream to open', () => opened === 1);
    assert.equal(network.openStreams(), 1);
    network.receiveStatus({ text: 'hello' });
    network.receiveStatus({ text: 'again' });
    await waitUntil('two activities', () => activity === 2);
    const request = network.state.requests.at(-1)!;
    assert.equal(request.path, '/api/v1/streaming/user/notification');
    assert.equal(request.headers.authorization, 'Bearer fixture-access-token');
    stop.abort();
    assert.deepEqual(await watching, { ok: true, value: undefined });
    await waitUntil('the stream to close', () => network.openStreams() === 0);
  });

  it('an instance that closes the stream ends it with a transient error (the caller reconnects)', async () => {
    let opened = false;
    const watching = watchInbox(ctx, { signal: new AbortController().signal, onOpen: () => (opened = true), onActivity: () => {} });
    await waitUntil('the stream to open', () => opened);
    network.closeStreams();
    const result = await watching;
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && { kind: result.error.kind, code: 'code' in result.error ? result.error.code : undefined }, { kind: 'transient', code: 'stream_closed' });
  });

  it('a revoked token is auth_expired, a busy instance rate_limited: the answer maps like any other call', async () => {
    network.failNext({ kind: 'auth_expired' });
    const revoked = await watchInbox(ctx, { signal: new AbortController().signal, onActivity: () => {} });
    assert.deepEqual(!revoked.ok && { kind: revoked.error.kind, reason: revoked.error.reason }, { kind: 'auth_expired', reason: 'The access token was revoked' }, 'the reason is read from the error body');
    network.failNext({ kind: 'rate_limited', retryAfterSeconds: 30 });
    const limited = await watchInbox(ctx, { signal: new AbortController().signal, onActivity: () => {} });
    assert.equal(!limited.ok && limited.error.kind, 'rate_limited');
  });

  it('the stream obeys the channel’s address rules: a loopback instance not allowlisted is refused', async () => {
    const stranger = createConnectorContext({ channelId: 'c', config: { ...ctx.config, allowHosts: [] }, credentials: ctx.credentials });
    const refused = await watchInbox(stranger as Ctx, { signal: new AbortController().signal, onActivity: () => {} });
    assert.deepEqual(!refused.ok && { kind: refused.error.kind, code: 'code' in refused.error && refused.error.code }, { kind: 'rejected', code: 'address_refused' });
  });

  it('parses server-sent events across chunk boundaries, with comments, multi-line data and CRLF', async () => {
    const chunks = [':)\n', 'event: notifi', 'cation\ndata: {"a":', '1}\n\n:thump\n', 'data: one\r\ndata: two\r\n\r\n', 'event: x\ndata: big'];
    const events = [];
    for await (const e of serverSentEvents((async function* () { yield* chunks.map((c) => Buffer.from(c)); })())) events.push(e);
    assert.deepEqual(events, [{ event: 'notification', data: '{"a":1}' }, { event: 'message', data: 'one\ntwo' }]);
    const huge = [];
    for await (const e of serverSentEvents((async function* () { yield `data: ${'x'.repeat(100)}\n\n`; })(), { maxEventBytes: 50 })) huge.push(e);
    assert.deepEqual(huge, [], 'an event over the cap ends the stream');
  });
});
