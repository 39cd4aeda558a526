// What one publishing attempt runs with: the usual context and channel services, the engine's
// timings and collaborators, and a way to queue the target's next attempt (the job layer's send,
// passed in so that the engine does not depend on the jobs that call it).
import type { Config } from '../../../config.ts';
import type { ChannelServices } from '../../channels/channels-ctx.ts';
import type { Ctx } from '../../shared/context.ts';
import type { PublishCollaborators } from './collaborators.ts';
import type { EngineOptions } from './options.ts';

export type EngineLogger = { info(obj: object, msg: string): void; warn(obj: object, msg: string): void; error(obj: object, msg: string): void };

export type EngineCtx = Ctx &
  ChannelServices & {
    config: Config;
    options: EngineOptions;
    collaborators: PublishCollaborators;
    logger: EngineLogger;
    /** Aborted when the job is stopped or expires; the attempt's deadline is added to it. */
    signal?: AbortSignal;
    /** Queues a job for each target at its scheduled time. */
    requeue(targets: { id: string; scheduledAt: Date }[]): Promise<void>;
  };
