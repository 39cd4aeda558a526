// Every minute: each enabled feed rule not read for FEED_INTERVAL_MINUTES reads its feed and posts
// the new entries (core/publishing/feeds/run-feed-rule.ts says why an entry is posted once). A feed
// that cannot be read is logged and tried again at the next interval, not hammered.
import { z } from 'zod';
import { queuePublish } from '../core/publishing/engine/queue-publish.ts';
import { runFeedRule } from '../core/publishing/feeds/run-feed-rule.ts';
import { AppError } from '../core/shared/errors.ts';
import { listDueFeedRules, updateFeedRule } from '../db/queries/feed-rules.ts';
import { defineJob } from './define-job.ts';

/** The RSS connector asks for at most 60 polls an hour; a rule reads its feed every 10 minutes. */
export const FEED_INTERVAL_MINUTES = 10;

export const runFeedRules = defineJob({
  name: 'feeds.run-rules',
  payload: z.object({}),
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  expireInSeconds: 10 * 60,
  schedule: { cron: '* * * * *', payload: {} },
  async handler(ctx) {
    const now = ctx.clock.now();
    const due = await listDueFeedRules(ctx.db, new Date(now.getTime() - FEED_INTERVAL_MINUTES * 60_000), 20);
    const runCtx = { ...ctx, queuePublish: (targets: { id: string; scheduledAt: Date }[]) => queuePublish(ctx.send, targets) };
    for (const rule of due) {
      if (ctx.signal.aborted) break;
      try {
        const done = await runFeedRule(runCtx, rule.workspaceId, rule.id);
        if (done.created > 0) ctx.logger.info({ ruleId: rule.id, ...done }, 'feed rule posted new entries');
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        ctx.logger.warn({ ruleId: rule.id, code: err.code, reason: err.message }, 'feed rule could not read its feed');
        await updateFeedRule(ctx.db, rule.workspaceId, rule.id, { lastRunAt: ctx.clock.now() });
      }
    }
  },
});
