// people.suggest-merges: merge suggestions for people ingestion just created or changed (queued
// after the ingest transaction commits, with the people's ids). Idempotent: a pair is stored once,
// a decided pair is never suggested again, and a merged person is skipped.
import { z } from 'zod';
import { suggestMerges } from '../core/people/suggest-merges.ts';
import { defineJob } from './define-job.ts';

export const suggestMergesJob = defineJob({
  name: 'people.suggest-merges',
  payload: z.object({ workspaceId: z.uuid(), personIds: z.array(z.uuid()).min(1).max(1000) }),
  retry: { limit: 3, delaySeconds: 10, backoff: true },
  expireInSeconds: 5 * 60,
  async handler(ctx, { workspaceId, personIds }) {
    const result = await suggestMerges({ ...ctx, workspaceId, role: 'owner' }, personIds);
    if (result.suggested || result.autoMerged.length) ctx.logger.info({ workspaceId, people: personIds.length, suggested: result.suggested, autoMerged: result.autoMerged.length }, 'merge suggestions');
  },
});
