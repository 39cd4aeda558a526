// Reads one channel's inbox (core/inbox/ingest/ingest-channel.ts). Idempotent: the cursor's
// compare-and-set decides which run stores a page, and every write is keyed, so a duplicate job,
// a retry or a run beside a crashed one stores each message once. A connector error is not a job
// failure: the channel's health records it and the next poll tries again.
import { z } from 'zod';
import { ingestChannel, INGEST_MAX_PAGES } from '../core/inbox/ingest/ingest-channel.ts';
import { defineJob, type JobCtx } from './define-job.ts';
import { suggestMergesJob } from './suggest-merges.ts';

const SUGGEST_CHUNK = 1_000;

export const ingestChannelJob = defineJob({
  name: 'inbox.ingest-channel',
  payload: z.object({ channelId: z.uuid() }),
  // Only for a crash or a database error; the cursor makes a retry start where the last page ended.
  retry: { limit: 3, delaySeconds: 10, backoff: true },
  expireInSeconds: 5 * 60,
  concurrency: 4,
  // A run reads everything up to now: a burst of webhook events, refreshes and polls for one
  // channel needs one run waiting beside the one reading, not one run each.
  oncePer: ({ channelId }) => channelId,
  async handler(ctx, { channelId }) {
    await runIngest(ctx, channelId);
  },
});

/** The handler's body; tests pass smaller pages. */
export async function runIngest(ctx: JobCtx, channelId: string, opts: { pageSize?: number; maxPages?: number } = {}): Promise<void> {
  const run = await ingestChannel(ctx, channelId, { maxPages: INGEST_MAX_PAGES, ...opts });
  // A long backlog: hand the rest to a fresh job so one channel does not hold a worker for long.
  if (run.outcome === 'more') await ctx.send(ingestChannelJob, { channelId });
  // After the commit: new and changed people are compared with the others (a lost send is caught
  // by the merge-suggestion rescan).
  const { workspaceId, changedPeople } = run;
  for (let i = 0; workspaceId && i < changedPeople.length; i += SUGGEST_CHUNK) {
    await ctx.send(suggestMergesJob, { workspaceId, personIds: changedPeople.slice(i, i + SUGGEST_CHUNK) });
  }
  if (run.stored > 0 || run.skipped > 0) ctx.logger.info({ channelId, stored: run.stored, pages: run.pages, duplicates: run.duplicates, skipped: run.skipped }, 'inbox ingested');
}
