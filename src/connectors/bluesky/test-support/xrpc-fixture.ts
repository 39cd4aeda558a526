// A loopback XRPC server answering the few methods the error tests call, with scripted answers.
// Shapes follow the XRPC spec (https://atproto.com/specs/xrpc#error-responses) and the lexicons
// of com.atproto.server.createSession / refreshSession and app.bsky.actor.getProfile.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

const jwt = (exp: number) => `e30.${Buffer.from(JSON.stringify({ exp })).toString('base64url')}.sig`;
export const sessionBody = (n: number) => ({ did: 'did:plc:alice', handle: 'alice.test', accessJwt: `access-${n}`, refreshJwt: jwt(2_000_000_000 + n) });
const profile = { did: 'did:plc:alice', handle: 'alice.test', displayName: 'Alice' };

export async function startXrpcFixture() {
  const scripted = new Map<string, Answer[]>();
  const calls: Array<{ method: string; authorization?: string }> = [];
  let sessions = 0;
  const server = http.createServer((req, res) => {
    const method = new URL(req.url ?? '/', 'http://x').pathname.replace('/xrpc/', '');
    calls.push({ method, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
    const answer = scripted.get(method)?.shift() ?? (method === 'app.bsky.actor.getProfile' ? { status: 200, body: profile } : { status: 200, body: sessionBody(++sessions) });
    req.resume();
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    calls,
    /** The next answers to `method`, in order; then it answers normally again. */
    script: (method: string, ...answers: Answer[]) => void scripted.set(method, answers),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
