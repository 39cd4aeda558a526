// Sends the e-mail copy of new notifications. Each one is claimed (emailed_at set) before it is
// sent, so any number of workers and retries send it at most once; a failure worth retrying gives
// the claim back for the next run, a permanent refusal (unknown address) does not. A worker that
// dies between claim and send loses that e-mail: the in-app notification is still there.
import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import { claimNotificationEmails, releaseNotificationEmail, type EmailToSend } from '../../db/queries/notifications.ts';
import { MailError, mailerFor, type Mailer, type OutgoingMail } from '../../mail/mailer.ts';
import { can } from '../permissions.ts';
import type { Ctx } from '../shared/context.ts';

/** Older notifications are not e-mailed any more (e.g. after SMTP was configured late). */
const EMAIL_WITHIN_MS = 24 * 60 * 60 * 1000;

export type MailCtx = Ctx & { config: Config; logger: Logger; mailer?: Mailer | null };
export type SendOutcome = { sent: number; failed: number; retrying: number };

export async function sendDueNotificationEmails(ctx: MailCtx, input: { limit: number }): Promise<SendOutcome> {
  const outcome: SendOutcome = { sent: 0, failed: 0, retrying: 0 };
  const mailer = ctx.mailer === undefined ? mailerFor(ctx.config, ctx.logger) : ctx.mailer;
  if (!mailer) return outcome;
  const now = ctx.clock.now();
  const due = await claimNotificationEmails(ctx.db, { since: new Date(now.getTime() - EMAIL_WITHIN_MS), at: now, limit: input.limit });
  for (const notification of due) {
    try {
      await mailer.send(composeEmail(ctx.config, notification));
      outcome.sent++;
    } catch (error) {
      const permanent = error instanceof MailError && error.permanent;
      ctx.logger.warn({ notificationId: notification.id, error: (error as Error).message }, permanent ? 'notification e-mail refused for good' : 'notification e-mail failed, will retry');
      if (permanent) outcome.failed++;
      else {
        outcome.retrying++;
        await releaseNotificationEmail(ctx.db, notification.id);
      }
    }
  }
  return outcome;
}

/** Where the notification points in the web app: its post (the review page for those who only review). */
export function linkFor(config: Config, n: Pick<EmailToSend, 'workspaceId' | 'subject' | 'role'>): string {
  const base = config.publicUrl ?? `http://localhost:${config.port}`;
  const postId = n.subject.postId;
  if (!postId) return `${base}/w/${n.workspaceId}`;
  return `${base}/w/${n.workspaceId}/${can(n.role, 'posts.write') ? 'posts' : 'reviews'}/${postId}`;
}

export function composeEmail(config: Config, n: EmailToSend): OutgoingMail {
  return {
    to: n.email,
    subject: n.title,
    text: [`Hello ${n.name},`, '', n.title + '.', '', n.body, '', `Open it in Tandem: ${linkFor(config, n)}`, ''].join('\n'),
  };
}
