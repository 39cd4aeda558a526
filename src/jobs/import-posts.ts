// Creates the posts of stored CSV imports, a batch of rows at a time, every few seconds. Progress
// lives in each import's row (processed_rows), committed with each post, so a worker killed
// mid-batch loses nothing and the next tick resumes where it stopped; two workers never create
// the same row (the import is locked per row, and source_ref is unique).
import { z } from 'zod';
import { listUnfinishedImports } from '../db/queries/post-imports.ts';
import { importMediaFetch } from '../core/publishing/import/row-media.ts';
import { runImportRows, type ImportRunCtx } from '../core/publishing/import/run-import-rows.ts';
import { queuePublish } from '../core/publishing/engine/queue-publish.ts';
import { storeImportedMedia } from '../core/publishing/import/store-imported-media.ts';
import { defineJob, type JobCtx } from './define-job.ts';

/** Rows per batch; a few batches per import and tick, so one big import does not hold the others back. */
export const IMPORT_BATCH_ROWS = 50;
const BATCHES_PER_TICK = 4;

export const importRunCtx = (ctx: JobCtx): ImportRunCtx => ({
  ...ctx,
  mediaFetch: importMediaFetch(ctx.config.mediaMaxBytes),
  storeMedia: storeImportedMedia(ctx.config),
  queuePublish: (targets) => queuePublish(ctx.send, targets),
});

export const importPosts = defineJob({
  name: 'posts.import',
  payload: z.object({}),
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  expireInSeconds: 10 * 60,
  schedule: { cron: '*/5 * * * * *', payload: {} },
  async handler(ctx) {
    const runCtx = importRunCtx(ctx);
    for (const { id } of await listUnfinishedImports(ctx.db, 10)) {
      // A few batches per import and tick: a 1,000-row file is done in seconds, not minutes.
      for (let batch = 0; batch < BATCHES_PER_TICK && !ctx.signal.aborted; batch++) {
        const done = await runImportRows(runCtx, id, IMPORT_BATCH_ROWS);
        ctx.logger.info({ importId: id, rows: done.processed, finished: done.finished }, 'post import batch');
        if (done.finished || done.processed < IMPORT_BATCH_ROWS) break;
      }
    }
  },
});
