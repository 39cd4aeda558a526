// Sends the publishing job of each target to run at its scheduled time. The job definition is
// passed in (queue-publish.ts passes the registered one), so the job's own module can use this
// for retries without importing itself in a circle. The inbox's reply jobs go out the same way.
import type { JobDefinition, SendMany, SendOptions } from '../../../jobs/define-job.ts';

export type SendOne = <P>(def: JobDefinition<P>, payload: P, options?: SendOptions) => Promise<string | null>;

/**
 * A job queue or job context (`queue`, `ctx`): its jobs go in one statement per thousand (10,000
 * sent one at a time took longer than a minute on a loaded machine). A bare `send` still works,
 * one statement per job.
 */
export type Send = SendOne | { send: SendOne; sendMany?: SendMany };

/** A job to run at a time, keyed so that the same one sent twice is one job. */
export type DelayedJob<P> = { payload: P; options: { startAfter: Date; singletonKey: string } };

/** Sends each job once per key, all in one go where the queue can. */
export async function sendDelayedJobs<P>(send: Send, def: JobDefinition<P>, jobs: DelayedJob<P>[]): Promise<void> {
  const unique = [...new Map(jobs.map((j) => [j.options.singletonKey, j])).values()];
  if (typeof send !== 'function' && send.sendMany) return send.sendMany(def, unique);
  const one = typeof send === 'function' ? send : send.send;
  for (const job of unique) await one(def, job.payload, job.options);
}

/** One key per (target, time): a rescheduled target gets a new job; the same one sent twice carries the same key. */
export const publishJobKey = (target: { id: string; scheduledAt: Date }) => `${target.id}@${target.scheduledAt.getTime()}`;

export function sendPublishJobs(send: Send, def: JobDefinition<{ targetId: string }>, targets: { id: string; scheduledAt: Date }[]): Promise<void> {
  return sendDelayedJobs(send, def, targets.map((t) => ({ payload: { targetId: t.id }, options: { startAfter: t.scheduledAt, singletonKey: publishJobKey(t) } })));
}
