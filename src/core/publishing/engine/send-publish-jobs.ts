// Sends the publishing job of each target to run at its scheduled time. The job definition is
// passed in (queue-publish.ts passes the registered one), so the job's own module can use this
// for retries without importing itself in a circle.
import type { JobDefinition, SendOptions } from '../../../jobs/define-job.ts';

export type Send = <P>(def: JobDefinition<P>, payload: P, options?: SendOptions) => Promise<string | null>;

/** One key per (target, time): a rescheduled target gets a new job; the same one sent twice carries the same key. */
export const publishJobKey = (target: { id: string; scheduledAt: Date }) => `${target.id}@${target.scheduledAt.getTime()}`;

export async function sendPublishJobs(send: Send, def: JobDefinition<{ targetId: string }>, targets: { id: string; scheduledAt: Date }[]): Promise<void> {
  for (const target of targets) await send(def, { targetId: target.id }, { startAfter: target.scheduledAt, singletonKey: publishJobKey(target) });
}
