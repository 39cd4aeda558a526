// The worker process the crash-recovery test kills. It opens the database named in its environment
// (TEST_DATABASE_URL, or the PGlite TEST_DATA_DIR it then owns), sends one crash job and works it.
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../db/client.ts';
import { createRuntime } from '../../runtime.ts';
import { openJobQueue } from '../queue.ts';
import { createCrashLog } from '../../db/queries/crash-test-log.ts';
import { crashJob } from './crash-job.ts';
import { fastTuning } from './job-harness.ts';

const database = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL, dataDir: process.env.TEST_DATA_DIR ?? '' });
const runtime = await createRuntime(loadConfig({ LOG_LEVEL: 'silent' }), { database, migrate: false });
await createCrashLog(database);
const queue = await openJobQueue(runtime, [crashJob], fastTuning);
await queue.send(crashJob, { key: process.env.TEST_KEY ?? 'crash' });
await queue.work([crashJob]);
