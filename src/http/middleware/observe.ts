// One log line and one metric sample per request. Logs name the matched route pattern, not the
// raw URL, so no id, token or query string from a URL reaches the log.
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from '../env.ts';

export const observe: MiddlewareHandler<AppEnv> = async (c, next) => {
  const started = performance.now();
  await next();
  const { logger, metrics } = c.get('runtime');
  // The last matched handler that is not a catch-all middleware is the route that answered.
  const route = matchedRoutes(c).filter((r) => r.method !== 'ALL').at(-1)?.path ?? 'unmatched';
  const seconds = (performance.now() - started) / 1000;
  metrics.httpRequests.inc({ method: c.req.method, route, status: String(c.res.status) });
  metrics.httpDuration.observe({ method: c.req.method, route }, seconds);
  if (route !== '/healthz' && route !== '/metrics') {
    logger.info({ requestId: c.get('requestId'), method: c.req.method, route, status: c.res.status, ms: Math.round(seconds * 1000) }, 'request');
  }
};
