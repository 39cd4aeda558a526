// What the reply use-cases need beyond the workspace context: the connectors (whose manifests say
// whether a channel can answer, and with which default limits) and, where this process runs a job
// queue, a way to hand a reply to its send-reply job at once (elsewhere the sweep picks it up).
import type { ConnectorRegistry } from '../../channels/connector-registry.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';

export type QueuedReply = { id: string; sendAt: Date };

export type ReplyCtx = WorkspaceCtx & {
  connectors: ConnectorRegistry;
  queueReplies?: (replies: QueuedReply[]) => Promise<void>;
};
