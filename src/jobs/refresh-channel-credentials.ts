// Every ten minutes, renews the credentials of active channels that expire within thirty, so a
// token never lapses between two runs (two runs fit in the window, a missed one is survived).
// A refusal marks the channel needs_reconnect and keeps all its data (refresh-credentials.ts).
import { z } from 'zod';
import { refreshExpiringChannels } from '../core/channels/refresh-credentials.ts';
import { defineJob } from './define-job.ts';

export const REFRESH_WINDOW_MINUTES = 30;

export const refreshChannelCredentials = defineJob({
  name: 'channels.refresh-credentials',
  payload: z.object({}),
  // The next run comes in ten minutes: retries would only overlap it.
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  expireInSeconds: 9 * 60,
  schedule: { cron: '*/10 * * * *', payload: {} },
  async handler(ctx) {
    const counts = await refreshExpiringChannels(ctx, { withinMinutes: REFRESH_WINDOW_MINUTES });
    if (counts.refreshed + counts.needs_reconnect + counts.deferred + counts.error > 0) ctx.logger.info(counts, 'channel credentials refreshed');
  },
});
