// Queues the durable delayed job of each target at its scheduled time. Called by scheduling (the
// WORKFLOW use-cases) and by the sweep. A job that runs twice, or early, does no harm: the claim
// decides, and a target not yet due re-queues itself for its time.
import { publishTargetJob } from '../../../jobs/publish-target.ts';
import { sendPublishJobs, type Send } from './send-publish-jobs.ts';

export type { Send } from './send-publish-jobs.ts';

export const queuePublish = (send: Send, targets: { id: string; scheduledAt: Date }[]): Promise<void> => sendPublishJobs(send, publishTargetJob, targets);
