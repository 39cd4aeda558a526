// What scheduling needs beyond the workspace context: the connectors (each channel's default
// limits, as for composing) and a way to hand scheduled targets to the publishing engine's delayed
// jobs (queuePublish bound to a job queue's send). Without the latter the targets are still
// scheduled in the database, and the engine's sweep (every 15 s) queues them once they are due.
import type { PostsCtx } from '../posts/posts-ctx.ts';

export type ScheduledTarget = { id: string; scheduledAt: Date };
export type WorkflowCtx = PostsCtx & { queuePublish?: (targets: ScheduledTarget[]) => Promise<void> };
