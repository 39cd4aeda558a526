// A made-up network on loopback for the channel tests (not a real API): an account endpoint, a
// limits endpoint, and an OAuth 2.0 authorization server that checks PKCE S256 and rotates
// refresh tokens. Tokens can be issued and revoked, and the next answer made to fail.
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

type Failure = { kind: 'auth_expired' } | { kind: 'rate_limited'; retryAfterSeconds: number } | { kind: 'rejected'; reason: string } | { kind: 'transient' };
type Code = { accountId: string; challenge: string; redirectUri: string };

export type FixtureNetwork = {
  baseUrl: string;
  host: string;
  /** A valid access token for the account (created on first use). */
  issueToken(accountId: string): string;
  /** A refresh token for the account, as if issued with an earlier access token. */
  issueRefreshToken(accountId: string): string;
  revokeAll(): void;
  failNext(failure: Failure): void;
  setMaxLength(n: number): void;
  /** Every access and refresh token ever issued, to search the database for. */
  issued(): string[];
  /** Token endpoint refusals seen, by OAuth error code. */
  refusals: string[];
  close(): Promise<void>;
};

const token = (prefix: string) => `${prefix}-${randomBytes(12).toString('hex')}`;

export async function startFixtureNetwork(): Promise<FixtureNetwork> {
  const accessTokens = new Map<string, string>();
  const refreshTokens = new Map<string, string>();
  const codes = new Map<string, Code>();
  const refusals: string[] = [];
  const spent: string[] = [];
  let nextFailure: Failure | undefined;
  let maxLength = 777;

  const send = (res: http.ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) =>
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body === undefined ? undefined : JSON.stringify(body));
  const issue = (accountId: string) => {
    const access = token('at');
    const refresh = token('rt');
    accessTokens.set(access, accountId);
    refreshTokens.set(refresh, accountId);
    return { access_token: access, refresh_token: refresh, token_type: 'Bearer', expires_in: 3600 };
  };
  const refuse = (res: http.ServerResponse, error: string) => {
    refusals.push(error);
    send(res, 400, { error, error_description: `refused: ${error}` });
  };

  function handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string) {
    const url = new URL(req.url ?? '/', 'http://fixture');
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /oauth/authorize') {
      // Consent is given at once, for account "oauth-user"; only S256 is accepted.
      const q = url.searchParams;
      if (q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')) return send(res, 400, { error: 'invalid_request' });
      const code = token('code');
      codes.set(code, { accountId: 'oauth-user', challenge: q.get('code_challenge')!, redirectUri: q.get('redirect_uri')! });
      const back = new URL(q.get('redirect_uri')!);
      back.searchParams.set('code', code);
      back.searchParams.set('state', q.get('state') ?? '');
      return send(res, 302, undefined, { location: back.href });
    }
    if (route === 'POST /oauth/token') {
      const form = new URLSearchParams(raw);
      if (form.get('grant_type') === 'authorization_code') {
        const code = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        if (!code || code.redirectUri !== form.get('redirect_uri')) return refuse(res, 'invalid_grant');
        const challenge = createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url');
        if (challenge !== code.challenge) return refuse(res, 'invalid_grant');
        return send(res, 200, issue(code.accountId));
      }
      if (form.get('grant_type') === 'refresh_token') {
        const accountId = refreshTokens.get(form.get('refresh_token') ?? '');
        if (!accountId) return refuse(res, 'invalid_grant');
        spent.push(form.get('refresh_token')!);
        refreshTokens.delete(form.get('refresh_token')!);
        return send(res, 200, issue(accountId));
      }
      return refuse(res, 'unsupported_grant_type');
    }
    const bearer = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
    const accountId = accessTokens.get(bearer);
    if (!accountId) return send(res, 401, { error: 'The access token is invalid' });
    if (route === 'GET /api/me') return send(res, 200, { id: accountId, handle: `@${accountId}`, name: `Account ${accountId}` });
    if (route === 'GET /api/limits') return send(res, 200, { max_characters: maxLength });
    send(res, 404, { error: `no route ${route}` });
  }

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c));
    req.on('end', () => {
      const failure = nextFailure;
      nextFailure = undefined;
      if (failure?.kind === 'auth_expired') return send(res, 401, { error: 'Token revoked' });
      if (failure?.kind === 'rate_limited') return send(res, 429, { error: 'Slow down' }, { 'retry-after': String(failure.retryAfterSeconds) });
      if (failure?.kind === 'rejected') return send(res, 403, { error: failure.reason });
      if (failure?.kind === 'transient') return send(res, 503, { error: 'Down for maintenance' });
      handle(req, res, raw);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    issueToken(accountId) {
      const existing = [...accessTokens].find(([, a]) => a === accountId)?.[0];
      if (existing) return existing;
      const t = token('at');
      accessTokens.set(t, accountId);
      return t;
    },
    issueRefreshToken(accountId) {
      const t = token('rt');
      refreshTokens.set(t, accountId);
      return t;
    },
    revokeAll() {
      spent.push(...accessTokens.keys(), ...refreshTokens.keys());
      accessTokens.clear();
      refreshTokens.clear();
    },
    failNext: (failure) => void (nextFailure = failure),
    setMaxLength: (n) => void (maxLength = n),
    issued: () => [...accessTokens.keys(), ...refreshTokens.keys(), ...spent],
    refusals,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
