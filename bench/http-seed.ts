// Prepares a running Tandem for the HTTP bench through its public API, as a user would:
// first-run setup, an API token, then people to list.
export type Seeded = { workspaceId: string; token: string };

async function call(url: string, init: RequestInit & { headers?: Record<string, string> }, expect: number) {
  const res = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  const text = await res.text();
  if (res.status !== expect) throw new Error(`${init.method ?? 'GET'} ${url}: ${res.status} ${text}`);
  return { res, body: text ? JSON.parse(text) : null };
}

export async function seedTandem(base: string, people: number): Promise<Seeded> {
  const setup = await call(`${base}/api/v1/setup`, { method: 'POST', body: JSON.stringify({ name: 'Bench Owner', email: 'bench@example.com', password: 'correct horse battery staple', workspaceName: 'Bench' }) }, 201);
  const cookie = setup.res.headers.get('set-cookie')!.split(';')[0]!;
  const { workspaceId, csrfToken } = setup.body as { workspaceId: string; csrfToken: string };
  const created = await call(`${base}/api/v1/workspaces/${workspaceId}/tokens`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken }, body: JSON.stringify({ name: 'bench', role: 'community_manager' }) }, 201);
  const token = (created.body as { secret: string }).secret;
  // A few requests in flight at once: seeding is not what is measured, it only has to be quick.
  let next = 0;
  const worker = async () => {
    while (next < people) {
      const i = next++;
      const body = { displayName: `Person ${i}`, email: `person${i}@example.com`, tags: i % 3 === 0 ? ['vip'] : [] };
      await call(`${base}/api/v1/workspaces/${workspaceId}/people`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify(body) }, 201);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return { workspaceId, token };
}
