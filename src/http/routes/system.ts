// Liveness, readiness and Prometheus metrics, outside the versioned API.
import { Hono } from 'hono';
import { pendingMigrations } from '../../db/migrate.ts';
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
    const { registry } = c.get('runtime').metrics;
    return c.body(await registry.metrics(), 200, { 'content-type': registry.contentType });
  });
