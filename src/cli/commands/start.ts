// `tandem start`: migrate, then serve the API and the web app and run the job workers, in one process.
import { loadConfig } from '../../config.ts';
import { createRuntime } from '../../runtime.ts';
import { startServer } from '../../server.ts';
import { startWorkers } from '../../jobs/start-workers.ts';
import type { Command } from './index.ts';

export const startCommand: Command = {
  summary: 'Run Tandem: API, web app and job workers in one process',
  usage: '(configure with PORT, HOST, DATA_DIR, DATABASE_URL; see README)',
  async run() {
    const config = loadConfig();
    const runtime = await createRuntime(config);
    const server = await startServer(runtime);
    const jobs = await startWorkers(runtime).catch(async (err) => {
      await server.close();
      await runtime.close();
      throw err;
    });
    runtime.jobs = jobs;
    runtime.logger.info({ url: server.url, database: runtime.database.kind }, 'Tandem is running');
    console.log(`\nTandem is running at ${server.url} (${runtime.database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'})\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    // Workers stop before the database closes, so attempts in flight can finish and be recorded.
    await jobs.stop();
    await runtime.close();
    return 0;
  },
};
