// people.suggest-merges.rescan: the whole workspace through the merge rules, a few pages per run;
// each run queues the next with the cursor it reached, so a million people never hold one job
// for long and a crash resumes from the last page handed on (pages are idempotent anyway).
import { z } from 'zod';
import { rescanMergeSuggestionsPage } from '../core/people/rescan-merge-suggestions.ts';
import { defineJob, type JobDefinition } from './define-job.ts';

const PAGES_PER_RUN = 10;
type RescanPayload = { workspaceId: string; cursor: string | null; scanned: number };

export const rescanMergeSuggestionsJob: JobDefinition<RescanPayload> = defineJob({
  name: 'people.suggest-merges.rescan',
  payload: z.object({ workspaceId: z.uuid(), cursor: z.string().nullable().default(null), scanned: z.number().int().min(0).default(0) }),
  retry: { limit: 3, delaySeconds: 30, backoff: true },
  expireInSeconds: 10 * 60,
  async handler(ctx, { workspaceId, cursor, scanned }) {
    const wctx = { ...ctx, workspaceId, role: 'owner' as const };
    let at = cursor;
    let total = scanned;
    for (let page = 0; page < PAGES_PER_RUN && !ctx.signal.aborted; page++) {
      const result = await rescanMergeSuggestionsPage(wctx, at);
      total += result.scanned;
      at = result.nextCursor;
      if (!at) break;
    }
    ctx.logger.info({ workspaceId, scanned: total, done: !at }, 'merge suggestions rescan');
    if (at) await ctx.send(rescanMergeSuggestionsJob, { workspaceId, cursor: at, scanned: total }, { singletonKey: `rescan:${workspaceId}:${at}` });
  },
});
