// The long-lived GET for push streams, against a loopback server started here: the same address
// rules as safe fetch, the body handed over as it arrives, redirects refused, error bodies read.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createSafeStream } from './safe-stream.ts';

describe('safe stream', () => {
  let server: http.Server;
  let host: string;
  before(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/redirect') return void res.writeHead(302, { location: '/elsewhere' }).end();
      if (req.url === '/broken') return void res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"down for maintenance"}');
      res.writeHead(200, { 'content-type': 'text/event-stream', 'x-seen': 'yes' });
      res.write('first\n');
      setTimeout(() => res.end('second\n'), 20);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  const open = (path: string, allowHosts = [host]) => createSafeStream({ allowHosts })(`http://${host}${path}`, { signal: new AbortController().signal });
  const failure = (r: Awaited<ReturnType<typeof open>>) => (!r.ok ? { kind: r.error.kind, code: 'code' in r.error ? r.error.code : undefined } : r);

  it('hands an allowlisted host’s body over as it arrives, with status and headers', async () => {
    const answer = await open('/stream');
    assert.ok(answer.ok);
    assert.equal(answer.value.status, 200);
    assert.equal(answer.value.headers.get('x-seen'), 'yes');
    const chunks: string[] = [];
    for await (const chunk of answer.value.body) chunks.push(chunk.toString('utf8'));
    assert.equal(chunks.join(''), 'first\nsecond\n');
  });

  it('refuses a loopback literal that is not allowlisted, credentials in the URL and other schemes', async () => {
    assert.deepEqual(failure(await open('/stream', [])), { kind: 'rejected', code: 'address_refused' });
    const stream = createSafeStream({ allowHosts: [host] });
    const signal = new AbortController().signal;
    assert.deepEqual(failure(await stream(`http://user:secret@${host}/stream`, { signal })), { kind: 'rejected', code: 'invalid_url' });
    assert.deepEqual(failure(await stream(`ftp://${host}/stream`, { signal })), { kind: 'rejected', code: 'invalid_url' });
  });

  it('refuses a redirect instead of following it', async () => {
    assert.deepEqual(failure(await open('/redirect')), { kind: 'rejected', code: 'redirect' });
  });

  it('reads an error answer’s body for its reason, with an empty body to iterate', async () => {
    const answer = await open('/broken');
    assert.ok(answer.ok);
    assert.equal(answer.value.status, 503);
    assert.equal(answer.value.errorText, '{"error":"down for maintenance"}');
    for await (const _ of answer.value.body) assert.fail('an error answer has no stream');
  });
});
