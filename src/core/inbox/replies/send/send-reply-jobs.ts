// Sends the send-reply job of each reply to run at its time. The definition is passed in
// (src/jobs/send-reply.ts passes the registered one), so the job's own module can use this for retries.
import type { JobDefinition } from '../../../../jobs/define-job.ts';
import { sendDelayedJobs, type Send } from '../../../publishing/engine/send-publish-jobs.ts';
import type { QueuedReply } from '../reply-ctx.ts';

/** One key per (reply, time): the same reply queued twice for one time is one job; a retry gets its own. */
export function sendReplyJobs(send: Send, def: JobDefinition<{ messageId: string }>, replies: QueuedReply[]): Promise<void> {
  return sendDelayedJobs(send, def, replies.map((r) => ({ payload: { messageId: r.id }, options: { startAfter: r.sendAt, singletonKey: `${r.id}@${r.sendAt.getTime()}` } })));
}
