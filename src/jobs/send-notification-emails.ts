// Sends the e-mail copies of new notifications every few seconds. Runs claim their batch (see
// sendDueNotificationEmails), so any number of workers can run it and none sends one twice; a
// failed run is not retried by pg-boss: the next tick comes soon and unsent claims were given back.
import { z } from 'zod';
import { sendDueNotificationEmails } from '../core/notifications/send-notification-emails.ts';
import { defineJob } from './define-job.ts';

export const sendNotificationEmails = defineJob({
  name: 'notifications.send-emails',
  payload: z.object({}),
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  expireInSeconds: 5 * 60,
  schedule: { cron: '*/10 * * * * *', payload: {} },
  async handler(ctx) {
    for (let batch = 0; batch < 10; batch++) {
      const done = await sendDueNotificationEmails(ctx, { limit: 20 });
      if (done.sent + done.failed + done.retrying < 20 || ctx.signal.aborted) break;
    }
  },
});
