// Sends the send-reply job of each reply to run at its time. The definition is passed in
// (queue-replies.ts passes the registered one), so the job's own module can use this for retries.
import type { JobDefinition } from '../../../../jobs/define-job.ts';
import type { Send } from '../../../publishing/engine/send-publish-jobs.ts';
import type { QueuedReply } from '../reply-ctx.ts';

/** One key per (reply, time): the same reply queued twice for one time is one job; a retry gets its own. */
export const replyJobKey = (reply: QueuedReply) => `${reply.id}@${reply.sendAt.getTime()}`;

export async function sendReplyJobs(send: Send, def: JobDefinition<{ messageId: string }>, replies: QueuedReply[]): Promise<void> {
  const byKey = new Map(replies.map((r) => [replyJobKey(r), r]));
  const jobs = [...byKey].map(([singletonKey, r]) => ({ payload: { messageId: r.id }, options: { startAfter: r.sendAt, singletonKey } }));
  if (typeof send !== 'function' && send.sendMany) return send.sendMany(def, jobs);
  const one = typeof send === 'function' ? send : send.send;
  for (const job of jobs) await one(def, job.payload, job.options);
}
