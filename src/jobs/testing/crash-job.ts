// A job for the crash-recovery test. Each attempt logs 'started' with its process id; the effect is
// logged after. In a process started with TANDEM_CRASH_TEST_HANG=1 the attempt reports itself on
// stdout and never finishes, so the test can kill that process mid-job.
import { z } from 'zod';
import { appendCrashLog } from '../../db/queries/crash-test-log.ts';
import { defineJob } from '../define-job.ts';

export const crashJob = defineJob({
  name: 'test.crash',
  payload: z.object({ key: z.string() }),
  retry: { limit: 2, delaySeconds: 0, backoff: false },
  // Also how soon a killed worker's attempt is given up on and retried.
  expireInSeconds: 4,
  async handler(ctx, { key }) {
    const log = (phase: string) => appendCrashLog(ctx.db, key, process.pid, phase);
    await log('started');
    if (process.env.TANDEM_CRASH_TEST_HANG === '1') {
      process.stdout.write(`${JSON.stringify({ started: ctx.jobId, pid: process.pid })}\n`);
      await new Promise(() => {});
    }
    await log('effect');
  },
});
