// Sends the publishing job of each target to run at its scheduled time. The job definition is
// passed in (queue-publish.ts passes the registered one), so the job's own module can use this
// for retries without importing itself in a circle.
import type { JobDefinition, SendMany, SendOptions } from '../../../jobs/define-job.ts';

export type SendOne = <P>(def: JobDefinition<P>, payload: P, options?: SendOptions) => Promise<string | null>;

/**
 * A job queue or job context (`queue`, `ctx`): its jobs go in one statement per thousand (10,000
 * sent one at a time took longer than a minute on a loaded machine). A bare `send` still works,
 * one statement per job.
 */
export type Send = SendOne | { send: SendOne; sendMany?: SendMany };

/** One key per (target, time): a rescheduled target gets a new job; the same one sent twice carries the same key. */
export const publishJobKey = (target: { id: string; scheduledAt: Date }) => `${target.id}@${target.scheduledAt.getTime()}`;

export async function sendPublishJobs(send: Send, def: JobDefinition<{ targetId: string }>, targets: { id: string; scheduledAt: Date }[]): Promise<void> {
  const byKey = new Map(targets.map((t) => [publishJobKey(t), t]));
  const jobs = [...byKey].map(([singletonKey, t]) => ({ payload: { targetId: t.id }, options: { startAfter: t.scheduledAt, singletonKey } }));
  if (typeof send !== 'function' && send.sendMany) return send.sendMany(def, jobs);
  const one = typeof send === 'function' ? send : send.send;
  for (const job of jobs) await one(def, job.payload, job.options);
}
