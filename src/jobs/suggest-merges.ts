// people.suggest-merges: merge suggestions for people ingestion just created or changed (queued
// after the ingest transaction commits, with the people's ids). Idempotent: a pair is stored once,
// a decided pair is never suggested again, and a merged person is skipped.
import { z } from 'zod';
import { suggestMerges } from '../core/people/suggest-merges.ts';
import { defineJob } from './define-job.ts';

const CHUNK = 500;

export const suggestMergesJob = defineJob({
  name: 'people.suggest-merges',
  payload: z.object({ workspaceId: z.uuid(), personIds: z.array(z.uuid()).min(1).max(10_000) }),
  retry: { limit: 3, delaySeconds: 10, backoff: true },
  expireInSeconds: 5 * 60,
  async handler(ctx, { workspaceId, personIds }) {
    const wctx = { ...ctx, workspaceId, role: 'owner' as const };
    let suggested = 0;
    let autoMerged = 0;
    // A few hundred people per pass keeps each lookup's arrays and each transaction small.
    for (let i = 0; i < personIds.length && !ctx.signal.aborted; i += CHUNK) {
      const result = await suggestMerges(wctx, personIds.slice(i, i + CHUNK));
      suggested += result.suggested;
      autoMerged += result.autoMerged.length;
    }
    if (suggested || autoMerged) ctx.logger.info({ workspaceId, people: personIds.length, suggested, autoMerged }, 'merge suggestions');
  },
});
