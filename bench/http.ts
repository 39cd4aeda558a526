// Requests/s of an authenticated list endpoint, as a ratio to a bare Hono hello-world.
// Both servers run as child processes and are driven with the same autocannon settings in
// rotating order each round, so drift on a noisy machine hits every side alike.
// Two more figures explain the gap: Tandem's /healthz (its middleware, no database) and, on
// PostgreSQL, the same two queries served by bare Hono + raw pg (the database's share).
import autocannon from 'autocannon';
import { tempDir } from './lib/cleanup.ts';
import { freePort, startChild, waitFor200, type Child } from './lib/children.ts';
import { createThrowawayDb, type ThrowawayDb } from './lib/postgres.ts';
import { fmt, progress, type Figure } from './lib/report.ts';
import { seedTandem } from './http-seed.ts';

const settings = { connections: 10, seconds: 5, rounds: 4, people: 1000 };

type Target = { name: string; url: string; headers: Record<string, string> };

async function load(t: Target, seconds: number): Promise<number> {
  const r = await autocannon({ url: t.url, headers: t.headers, connections: settings.connections, duration: seconds });
  // A wrong token or a crash would make a server look fast; refuse such a measurement.
  if (r.non2xx || r.errors || r.timeouts) throw new Error(`${t.name}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`);
  return r.requests.total / r.duration;
}

async function checkPage(t: Target): Promise<void> {
  const res = await fetch(t.url, { headers: t.headers });
  const page = (await res.json()) as { items?: unknown[] };
  if (res.status !== 200 || page.items?.length !== 50) throw new Error(`${t.name} answered ${res.status} with ${page.items?.length} items`);
}

export async function httpBench(backend: 'pglite' | 'postgres'): Promise<Figure[]> {
  const label = backend === 'pglite' ? 'embedded PGlite' : 'PostgreSQL';
  const tmp = tempDir('tandem-bench-http-');
  const dataDir = tmp.dir;
  let db: ThrowawayDb | undefined;
  const started: Child[] = [];
  try {
    if (backend === 'postgres') db = await createThrowawayDb();
    const dbEnv: Record<string, string> = db ? { DATABASE_URL: db.url } : {};
    const tandemPort = await freePort();
    // Logging off: the figure is about serving, and a quiet production runs at warn or above.
    const tandem = startChild(['src/cli/main.ts', 'start'], { PORT: String(tandemPort), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...dbEnv });
    started.push(tandem);
    const base = `http://127.0.0.1:${tandemPort}`;
    await waitFor200(`${base}/readyz`, tandem, performance.now());
    const { workspaceId, token } = await seedTandem(base, settings.people);

    const baselinePort = await freePort();
    const baseline = startChild(['bench/baseline-server.ts'], { PORT: String(baselinePort), ...dbEnv });
    started.push(baseline);
    const other = `http://127.0.0.1:${baselinePort}`;
    await waitFor200(`${other}/`, baseline, performance.now());

    const auth = { authorization: `Bearer ${token}` };
    const list: Target = { name: 'tandem list', url: `${base}/api/v1/workspaces/${workspaceId}/people?limit=50`, headers: auth };
    const hello: Target = { name: 'hello-world', url: `${other}/`, headers: {} };
    const healthz: Target = { name: 'tandem /healthz', url: `${base}/healthz`, headers: {} };
    const rawPg: Target = { name: 'raw pg list', url: `${other}/people`, headers: auth };
    const targets = db ? [list, hello, healthz, rawPg] : [list, hello, healthz];
    await checkPage(list);
    if (db) await checkPage(rawPg);

    // Warm-up (JIT, pools, caches), not measured.
    for (const t of targets) await load(t, 1);
    const rps = new Map<Target, number[]>(targets.map((t) => [t, []]));
    for (let i = 0; i < settings.rounds; i++) {
      // Rotate the order so each target runs in each position once.
      for (let j = 0; j < targets.length; j++) {
        const t = targets[(i + j) % targets.length]!;
        rps.get(t)!.push(await load(t, settings.seconds));
        progress(`http ${backend} round ${i + 1} ${t.name}: ${fmt(rps.get(t)!.at(-1)!)} req/s`);
      }
    }
    const mean = (t: Target) => rps.get(t)!.reduce((s, x) => s + x, 0) / settings.rounds;
    const helloRps = mean(hello);
    const vsHello = (t: Target, figure: string, target?: number): Figure => ({
      figure,
      value: `${fmt(mean(t))} req/s`,
      baseline: `${fmt(helloRps)} req/s hello-world`,
      ratio: mean(t) / helloRps,
      target,
    });
    const figures = [vsHello(list, `HTTP GET people?limit=50, bearer (${label})`, 0.5), vsHello(healthz, `  of which middleware: GET /healthz (${label})`)];
    if (db) figures.push(vsHello(rawPg, '  of which database: same 2 queries, raw pg'));
    return figures;
  } finally {
    for (const c of started) await c.stop();
    await db?.drop();
    await tmp.remove();
  }
}
