// A loopback HTTP proxy in front of the dev-env PDS that can answer the next request with an
// XRPC failure instead of forwarding it, because a real PDS cannot be made to fail on demand.
// The answers follow the XRPC spec (https://atproto.com/specs/xrpc#error-responses: JSON
// {error, message}) and the reference PDS's rate-limit headers (@atproto/xrpc-server
// rate-limiter-http.js: Retry-After in seconds, RateLimit-Reset in epoch seconds).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Failure } from '../../sdk/contract/harness.ts';

export type FailingProxy = {
  url: string;
  host: string;
  failNext(failure: Failure): void;
  /** Forwards the next request whose path starts with `path` but never answers it (lost answer). */
  loseNextAnswer(path: string): void;
  close(): Promise<void>;
};

const SESSION_PATHS = ['/xrpc/com.atproto.server.createSession', '/xrpc/com.atproto.server.refreshSession'];

function answerWith(res: http.ServerResponse, failure: Failure): void {
  const json = (status: number, body: unknown, headers: Record<string, string> = {}): void =>
    void res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  if (failure.kind === 'auth_expired') return json(401, { error: 'AuthenticationRequired', message: 'Invalid identifier or password' });
  if (failure.kind === 'rate_limited') {
    const reset = Math.floor(Date.now() / 1000) + failure.retryAfterSeconds;
    return json(429, { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' }, {
      'retry-after': String(failure.retryAfterSeconds),
      'ratelimit-limit': '5000',
      'ratelimit-remaining': '0',
      'ratelimit-reset': String(reset),
      'ratelimit-policy': '5000;w=3600',
    });
  }
  if (failure.kind === 'rejected') return json(400, { error: 'InvalidRequest', message: failure.reason, debug: 'x'.repeat(5_000) });
  // A proxy in front of the PDS answers an outage with HTML, not XRPC JSON.
  if (failure.kind === 'transient') return void res.writeHead(503, { 'content-type': 'text/html' }).end('<html><body>503 Service Unavailable</body></html>');
  // timeout: never answer; close() ends the connection.
}

export async function startFailingProxy(target: string): Promise<FailingProxy> {
  const upstream = new URL(target);
  let failure: Failure | undefined;
  // A refused credential refuses every way to renew it too, until some other call comes.
  let refusingSessions = false;
  let lose: string | undefined;

  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    if (failure) {
      const f = failure;
      failure = undefined;
      refusingSessions = f.kind === 'auth_expired';
      return answerWith(res, f);
    }
    if (refusingSessions && SESSION_PATHS.some((p) => path.startsWith(p))) return answerWith(res, { kind: 'auth_expired' });
    refusingSessions = false;
    const losing = lose !== undefined && path.startsWith(lose);
    if (losing) lose = undefined;
    const forward = http.request(new URL(path, upstream), { method: req.method, headers: { ...req.headers, host: upstream.host } }, (answer) => {
      if (losing) return void answer.resume();
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    failNext: (f) => void (failure = f),
    loseNextAnswer: (p) => void (lose = p),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
