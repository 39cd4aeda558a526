// The account's session (com.atproto.server.createSession with an app password), kept in the
// channel's credentials and renewed in place:
// - an access token that expired (400 ExpiredToken, or 401) is refreshed with the refresh token
//   (refreshSession) and the call is sent again, once;
// - a refresh token that no longer works is replaced by a new session from the app password, so
//   only an app password the network refuses ends in auth_expired ("needs reconnect");
// - every renewed session is saved at once through ctx.saveCredentials (the refresh token rotates).
// Calls always go to the configured service: bsky.social forwards to the account's PDS itself,
// and not following the DID document's PDS endpoint keeps the channel on the one host its owner
// chose (and allowlisted, when self-hosted).
import { Agent, XRPCError } from '@atproto/api';
import type { ConnectorContext } from '../sdk/context.ts';
import type { Credentials } from '../sdk/credentials.ts';
import type { BlueskyConfig } from './config.ts';
import { sendThroughSafeFetch } from './fetch-adapter.ts';

export type StoredSession = { did: string; handle: string; accessJwt: string; refreshJwt: string };
type AppPassword = Extract<Credentials, { kind: 'app-password' }>;

function readSession(credentials: AppPassword): StoredSession | undefined {
  if (!credentials.session) return undefined;
  try {
    const s = JSON.parse(credentials.session) as Partial<StoredSession>;
    return s.did && s.accessJwt && s.refreshJwt ? { did: s.did, handle: s.handle ?? s.did, accessJwt: s.accessJwt, refreshJwt: s.refreshJwt } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether an answer says the access token is no longer good (XRPC spec: 401, or 400 ExpiredToken). */
async function tokenRefused(response: Response): Promise<boolean> {
  if (response.status === 401) return true;
  if (response.status !== 400) return false;
  const body = (await response.clone().json().catch(() => undefined)) as { error?: unknown } | undefined;
  return body?.error === 'ExpiredToken' || body?.error === 'InvalidToken';
}

const isAuthError = (err: unknown) =>
  err instanceof XRPCError && (err.status === 401 || ['ExpiredToken', 'InvalidToken', 'AuthenticationRequired'].includes(err.error));

// An @atproto/api session manager (an object with `did` and `fetchHandler`, what `new Agent()` takes).
export class BlueskySession {
  readonly ctx: ConnectorContext<BlueskyConfig>;
  readonly credentials: AppPassword;
  current: StoredSession | undefined;
  private renewing: Promise<void> | undefined;

  constructor(ctx: ConnectorContext<BlueskyConfig>, credentials: AppPassword) {
    this.ctx = ctx;
    this.credentials = credentials;
    this.current = readSession(credentials);
  }

  get did(): string | undefined {
    return this.current?.did;
  }

  /** The library's calls without a session: createSession and refreshSession. */
  private get anonymous(): Agent {
    return new Agent((path, init) => sendThroughSafeFetch(this.ctx, new Request(new URL(path, this.ctx.config.service), init)));
  }

  private async keep(session: StoredSession): Promise<void> {
    this.current = session;
    await this.ctx.saveCredentials({ ...this.credentials, session: JSON.stringify(session) });
  }

  async login(): Promise<void> {
    const { data } = await this.anonymous.com.atproto.server.createSession({ identifier: this.credentials.identifier, password: this.credentials.password });
    await this.keep({ did: data.did, handle: data.handle, accessJwt: data.accessJwt, refreshJwt: data.refreshJwt });
  }

  /** Refreshes the session, or logs in again when the refresh token is refused. */
  renew(): Promise<void> {
    this.renewing ??= this.renewOnce().finally(() => (this.renewing = undefined));
    return this.renewing;
  }

  private async renewOnce(): Promise<void> {
    const stale = this.current;
    if (!stale) return this.login();
    try {
      const { data } = await this.anonymous.com.atproto.server.refreshSession(undefined, { headers: { authorization: `Bearer ${stale.refreshJwt}` } });
      await this.keep({ did: data.did, handle: data.handle, accessJwt: data.accessJwt, refreshJwt: data.refreshJwt });
    } catch (err) {
      if (!isAuthError(err)) throw err;
      await this.login();
    }
  }

  async ensure(): Promise<StoredSession> {
    if (!this.current) await this.login();
    return this.current!;
  }

  async fetchHandler(path: string, init: RequestInit): Promise<Response> {
    const url = new URL(path, this.ctx.config.service);
    // Buffered once, so the call can be sent again after a renewal.
    const body = init.body === undefined || init.body === null ? undefined : new Uint8Array(await new Request(url, init).arrayBuffer());
    const send = (token: string | undefined) => {
      const headers = new Headers(init.headers);
      if (token && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
      return sendThroughSafeFetch(this.ctx, new Request(url, { ...init, headers, ...(body ? { body } : {}) }));
    };
    const token = this.current?.accessJwt;
    const first = await send(token);
    if (!token || !(await tokenRefused(first))) return first;
    await this.renew();
    return send(this.current?.accessJwt);
  }
}

export function sessionFor(ctx: ConnectorContext<BlueskyConfig>): BlueskySession | undefined {
  return ctx.credentials.kind === 'app-password' ? new BlueskySession(ctx, ctx.credentials) : undefined;
}

/** When a JWT expires, from its payload (read, not verified: only to plan the next refresh). */
export function jwtExpiry(jwt: string): Date | null {
  try {
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()) as { exp?: unknown };
    return typeof payload.exp === 'number' ? new Date(payload.exp * 1000) : null;
  } catch {
    return null;
  }
}
