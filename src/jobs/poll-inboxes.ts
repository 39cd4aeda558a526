// Every minute: one inbox.ingest-channel job per active channel with an inbox (polling; webhooks
// and streams queue the same job as soon as something arrives, so the poll is also their safety net).
import { z } from 'zod';
import { queueInboxPolls } from '../core/inbox/ingest/queue-inbox-polls.ts';
import { defineJob } from './define-job.ts';
import { ingestChannelJob } from './ingest-channel.ts';

export const pollInboxes = defineJob({
  name: 'inbox.poll',
  payload: z.object({}),
  // The next run comes in a minute: retries would only overlap it.
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  expireInSeconds: 60,
  schedule: { cron: '* * * * *', payload: {} },
  async handler(ctx) {
    const queued = await queueInboxPolls(ctx, async (channelIds) => {
      const jobs = channelIds.map((channelId) => ({ payload: { channelId } }));
      if (ctx.sendMany) await ctx.sendMany(ingestChannelJob, jobs);
      else for (const job of jobs) await ctx.send(ingestChannelJob, job.payload);
    });
    if (queued > 0) ctx.logger.debug({ queued }, 'inbox polls queued');
  },
});
