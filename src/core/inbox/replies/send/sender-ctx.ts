// What one sending attempt runs with: the usual context and channel services, the timings it
// shares with the publishing engine (lease, deadline, attempts, backoff), and a way to queue the
// reply's next attempt (the job layer's send, passed in so that core does not import the job).
import type { ChannelServices } from '../../../channels/channels-ctx.ts';
import type { EngineLogger } from '../../../publishing/engine/engine-ctx.ts';
import type { EngineOptions } from '../../../publishing/engine/options.ts';
import type { Ctx } from '../../../shared/context.ts';
import type { QueuedReply } from '../reply-ctx.ts';

export type SenderCtx = Ctx &
  ChannelServices & {
    options: EngineOptions;
    logger: EngineLogger;
    /** Aborted when the job stops or expires; the attempt's deadline is added to it. */
    signal?: AbortSignal;
    requeue(replies: QueuedReply[]): Promise<void>;
  };
