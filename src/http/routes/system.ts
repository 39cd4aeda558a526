// Liveness, readiness and Prometheus metrics, outside the versioned API.
import { Hono } from 'hono';
import { pendingMigrations } from '../../db/migrate.ts';
import { channelHealthCounts } from '../../core/channels/channel-health-counts.ts';
import type { AppEnv } from '../env.ts';

export const systemRoutes = new Hono<AppEnv>()
  .get('/healthz', (c) => c.json({ status: 'ok' }))
  .get('/readyz', async (c) => {
    const { database } = c.get('runtime');
    try {
      await database.query('select 1');
      const pending = await pendingMigrations(database);
      if (pending > 0) return c.json({ status: 'not_ready', database: 'ok', pendingMigrations: pending }, 503);
      return c.json({ status: 'ready', database: 'ok', backend: database.kind, pendingMigrations: 0 });
    } catch {
      return c.json({ status: 'not_ready', database: 'unreachable' }, 503);
    }
  })
  .get('/metrics', async (c) => {
    const { metrics, database, clock } = c.get('runtime');
    const { registry } = metrics;
    metrics.channels.reset();
    for (const { network, health, count } of await channelHealthCounts({ db: database.db, clock, actor: c.get('baseCtx').actor })) metrics.channels.set({ network, health }, count);
    return c.body(await registry.metrics(), 200, { 'content-type': registry.contentType });
  });
