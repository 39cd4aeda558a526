// Setting up a journey through the API as a browser would (session cookie + CSRF token), for the
// steps a journey is not about: the first run, channels, members.
import assert from 'node:assert/strict';
import type { APIRequestContext } from 'playwright-core';
import type { DevEnv } from '../../src/connectors/bluesky/test-support/dev-env.ts';
import type { FakeMastodon } from '../../src/connectors/mastodon/fixture/fake-mastodon.ts';

export type ApiSession = {
  workspaceId: string;
  userId: string;
  get(path: string): Promise<any>;
  post(path: string, data?: unknown, expected?: number): Promise<any>;
  put(path: string, data: unknown): Promise<any>;
};

async function sessionOf(request: APIRequestContext, base: string): Promise<ApiSession> {
  const session = await (await request.get(`${base}/api/v1/auth/session`)).json();
  const headers = { 'x-csrf-token': session.csrfToken };
  const send = async (method: 'post' | 'put', path: string, data: unknown, expected?: number) => {
    const res = await request[method](`${base}${path}`, { headers, data: data ?? {} });
    const body = res.status() === 204 ? null : await res.json();
    if (expected !== undefined) assert.equal(res.status(), expected, `${method.toUpperCase()} ${path}: ${JSON.stringify(body)}`);
    else assert.ok(res.ok(), `${method.toUpperCase()} ${path} answered ${res.status()}: ${JSON.stringify(body)}`);
    return body;
  };
  return {
    workspaceId: session.workspaces[0].id,
    userId: session.user.id,
    get: async (path) => (await request.get(`${base}${path}`)).json(),
    post: (path, data, expected) => send('post', path, data, expected),
    put: (path, data) => send('put', path, data),
  };
}

/** First-run setup in this browser's cookie jar. */
export async function setupOwner(request: APIRequestContext, base: string, owner: { name: string; email: string; password: string; workspace: string }): Promise<ApiSession> {
  const res = await request.post(`${base}/api/v1/setup`, { data: { name: owner.name, email: owner.email, password: owner.password, workspaceName: owner.workspace } });
  assert.equal(res.status(), 201, await res.text());
  return sessionOf(request, base);
}

/** Invites someone with a role and accepts in `theirs` (another browser's request context). */
export async function addMember(owner: ApiSession, theirs: APIRequestContext, base: string, person: { name: string; email: string; password: string; role: string }): Promise<ApiSession> {
  const invited = await owner.post(`/api/v1/workspaces/${owner.workspaceId}/invitations`, { email: person.email, role: person.role }, 201);
  const token = new URL(invited.link).hash.slice(1);
  const accepted = await theirs.post(`${base}/api/v1/invitations/accept`, { data: { token, name: person.name, password: person.password } });
  assert.equal(accepted.status(), 200, await accepted.text());
  return sessionOf(theirs, base);
}

/** The brand's two channels: alice on the AT Protocol reference PDS, and the loopback Mastodon instance. */
export async function addNetworkChannels(owner: ApiSession, networks: { bluesky: DevEnv; mastodon: FakeMastodon; mastodonToken: string }): Promise<{ bluesky: string; mastodon: string }> {
  const { bluesky, mastodon, mastodonToken } = networks;
  const channels = `/api/v1/workspaces/${owner.workspaceId}/channels`;
  const sky = await owner.post(channels, {
    network: 'bluesky',
    displayName: 'Acme on Bluesky',
    config: { service: bluesky.network.pds.url, webUrl: 'https://bsky.app', allowHosts: [new URL(bluesky.network.pds.url).host] },
    credentials: { identifier: bluesky.alice.handle, password: bluesky.alice.appPassword },
  }, 201);
  const masto = await owner.post(channels, {
    network: 'mastodon',
    displayName: 'Acme on Mastodon',
    config: { instanceUrl: mastodon.baseUrl, allowHosts: [mastodon.host] },
    credentials: { accessToken: mastodonToken },
  }, 201);
  return { bluesky: sky.id, mastodon: masto.id };
}
