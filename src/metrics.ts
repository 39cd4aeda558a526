// Prometheus metrics, one registry per process (tests create several apps side by side).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type Metrics = ReturnType<typeof createMetrics>;

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'tandem_' });
  return {
    registry,
    httpRequests: new Counter({ name: 'tandem_http_requests_total', help: 'HTTP requests by route and status', labelNames: ['method', 'route', 'status'] as const, registers: [registry] }),
    httpDuration: new Histogram({ name: 'tandem_http_request_duration_seconds', help: 'HTTP request duration', labelNames: ['method', 'route'] as const, buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5], registers: [registry] }),
    jobs: new Counter({ name: 'tandem_jobs_total', help: 'Jobs handled by name and outcome', labelNames: ['name', 'outcome'] as const, registers: [registry] }),
    // Set from the database at scrape time (routes/system.ts), so every process reports the same.
    channels: new Gauge({ name: 'tandem_channels', help: 'Connected channels by network and health', labelNames: ['network', 'health'] as const, registers: [registry] }),
  };
}
