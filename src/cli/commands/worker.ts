// `tandem worker`: run the job workers (and cron schedules) without the API, so several workers can
// run beside one or more API processes on a shared PostgreSQL.
import { loadConfig } from '../../config.ts';
import { createRuntime } from '../../runtime.ts';
import { startWorkers } from '../../jobs/start-workers.ts';
import type { Command } from './index.ts';

export const workerCommand: Command = {
  summary: 'Run job workers only, beside the API (needs DATABASE_URL)',
  usage: '(configure with DATABASE_URL; see README)',
  async run() {
    const config = loadConfig();
    // The embedded database belongs to one process: a second one could not open it.
    if (!config.databaseUrl) {
      console.error('tandem worker: separate workers need PostgreSQL (set DATABASE_URL); with the embedded database, `tandem start` already runs the workers.');
      return 1;
    }
    const runtime = await createRuntime(config);
    try {
      const jobs = await startWorkers(runtime);
      console.log('\nTandem worker is running (PostgreSQL); stop it with Ctrl+C\n');
      await new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      // Attempts in flight finish first; whatever is cut off is retried by another worker.
      await jobs.stop();
      return 0;
    } finally {
      await runtime.close();
    }
  },
};
