// An in-process Tandem for tests: a fresh database, the real app, and a small client that keeps
// a session cookie and CSRF token like a browser does. Requests go through app.request(), so no
// socket is needed.
import { loadConfig, type Config } from '../config.ts';
import { createApp } from '../http/app.ts';
import { createRuntime, type Runtime } from '../runtime.ts';
import type { Clock } from '../core/shared/context.ts';
import type { ConnectorRegistry } from '../core/channels/connector-registry.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export type Reply = { status: number; headers: Headers; body: any };

export class TestClient {
  cookie: string | undefined;
  csrf: string | undefined;
  bearer: string | undefined;
  readonly app: ReturnType<typeof createApp>;
  constructor(app: ReturnType<typeof createApp>) {
    this.app = app;
  }

  async request(method: string, path: string, body?: unknown): Promise<Reply> {
    const headers: Record<string, string> = { 'x-forwarded-for': '203.0.113.9' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    const res = await this.app.request(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie?.startsWith('tandem_session=')) {
      const value = setCookie.split(';')[0]!;
      this.cookie = value === 'tandem_session=' ? undefined : value;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON: keep the text */
    }
    if (parsed && typeof parsed === 'object' && 'csrfToken' in parsed) this.csrf = String((parsed as { csrfToken: string }).csrfToken);
    return { status: res.status, headers: res.headers, body: parsed };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body?: unknown) => this.request('POST', path, body ?? {});
  patch = (path: string, body: unknown) => this.request('PATCH', path, body);
  put = (path: string, body: unknown) => this.request('PUT', path, body);
  delete = (path: string) => this.request('DELETE', path);
}

export type TestApp = {
  runtime: Runtime;
  database: TestDatabase;
  app: ReturnType<typeof createApp>;
  client(): TestClient;
  /** Runs first-run setup and returns the owner's signed-in client and workspace id. */
  setupOwner(input?: { email?: string; workspaceName?: string }): Promise<{ owner: TestClient; workspaceId: string; userId: string }>;
  /** Invites an e-mail with a role and accepts as that person; returns their client. */
  addMember(inviter: TestClient, workspaceId: string, email: string, role: string): Promise<{ client: TestClient; memberId: string }>;
  close(): Promise<void>;
};

export const testPassword = 'correct horse battery staple';

export async function createTestApp(opts: { env?: Record<string, string>; clock?: Clock; connectors?: ConnectorRegistry } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config: Config = { ...loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: database.dataDir, ...opts.env }), databaseUrl: database.databaseUrl };
  const runtime = await createRuntime(config, { database, migrate: false, clock: opts.clock, connectors: opts.connectors });
  const app = createApp(runtime);
  const client = () => new TestClient(app);
  return {
    runtime,
    database,
    app,
    client,
    async setupOwner(input = {}) {
      const owner = client();
      const res = await owner.post('/api/v1/setup', { name: 'Olivia Owner', email: input.email ?? 'owner@example.com', password: testPassword, workspaceName: input.workspaceName ?? 'Acme' });
      if (res.status !== 201) throw new Error(`setup failed: ${JSON.stringify(res.body)}`);
      return { owner, workspaceId: res.body.workspaceId, userId: res.body.userId };
    },
    async addMember(inviter, workspaceId, email, role) {
      const inv = await inviter.post(`/api/v1/workspaces/${workspaceId}/invitations`, { email, role });
      if (inv.status !== 201) throw new Error(`invite failed: ${JSON.stringify(inv.body)}`);
      const token = new URL(inv.body.link).hash.slice(1);
      const member = client();
      const accepted = await member.post('/api/v1/invitations/accept', { token, name: email.split('@')[0], password: testPassword });
      if (accepted.status !== 200) throw new Error(`accept failed: ${JSON.stringify(accepted.body)}`);
      const list = await inviter.get(`/api/v1/workspaces/${workspaceId}/members`);
      const memberId = list.body.members.find((m: { email: string }) => m.email === email).id;
      return { client: member, memberId };
    },
    close: () => runtime.close(),
  };
}
