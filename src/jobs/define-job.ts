// A typed job: a name, a zod payload, a retry policy and an idempotent handler.
// Payloads carry ids, never objects: the handler reads current state when it runs. A breaking
// change to a payload is a new job name, so jobs already queued under the old name still parse.
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Config } from '../config.ts';
import type { ChannelServices } from '../core/channels/channels-ctx.ts';
import type { Ctx } from '../core/shared/context.ts';
import { AppError } from '../core/shared/errors.ts';

export type RetryPolicy = {
  /** Retries after the first attempt; 0 means one attempt only. */
  limit: number;
  delaySeconds: number;
  /** Exponential backoff from delaySeconds (pg-boss adds jitter). */
  backoff: boolean;
};

export type JobCtx = Ctx & ChannelServices & {
  config: Config;
  logger: Logger;
  jobId: string;
  /** 0 on the first attempt. */
  retryCount: number;
  /** Aborted when the job expires or the worker stops: long handlers should pass it on. */
  signal: AbortSignal;
  /** Enqueue another job (fan-out). */
  send<P>(def: JobDefinition<P>, payload: P, options?: SendOptions): Promise<string | null>;
  /** Enqueue many jobs of one definition in a few statements (a batch of targets, a sweep). */
  sendMany?: SendMany;
};

export type SendOptions = { startAfter?: Date | number; singletonKey?: string };

/** A job already queued with the same singletonKey is kept, as with send. */
export type SendMany = <P>(def: JobDefinition<P>, jobs: { payload: P; options?: SendOptions }[]) => Promise<void>;

export type JobDefinition<P> = {
  name: string;
  payload: z.ZodType<P>;
  retry: RetryPolicy;
  /** A running attempt not finished after this long is failed (and retried): also how a crashed worker's job comes back. */
  expireInSeconds: number;
  /** Cron (5 fields, or 6 with seconds), always in UTC, sent with this payload. */
  schedule?: { cron: string; payload: P };
  /** Attempts run at once per process. */
  concurrency?: number;
  /**
   * Jobs fetched (and settled) per statement, 1 by default. More means fewer round trips to
   * pg-boss's tables, but a fetched batch is settled only when its slowest job ends.
   */
  batchSize?: number;
  /**
   * One job per key at a time: at most one waiting and one running (pg-boss's `stately` policy,
   * the key as singletonKey); a send while one already waits is dropped. For jobs whose every run
   * does all there is to do by then, so that a burst of sends needs one run.
   */
  oncePer?(payload: P): string;
  handler(ctx: JobCtx, payload: P): Promise<void>;
};

// Job names double as pg-boss queue names: keep them to what pg-boss accepts.
const namePattern = /^[a-z][a-z0-9_.-]*$/;

export function defineJob<S extends z.ZodType>(def: Omit<JobDefinition<z.output<S>>, 'payload'> & { payload: S }): JobDefinition<z.output<S>> {
  if (!namePattern.test(def.name)) throw new Error(`Job name "${def.name}" must match ${namePattern}`);
  if (def.retry.limit < 0 || def.retry.delaySeconds < 0) throw new Error(`Job "${def.name}": retry limit and delay must not be negative`);
  if (def.expireInSeconds < 1) throw new Error(`Job "${def.name}": expireInSeconds must be at least 1`);
  return def as JobDefinition<z.output<S>>;
}

export class JobPayloadError extends AppError {
  constructor(jobName: string, issues: z.core.$ZodIssue[]) {
    const first = issues[0];
    const where = first && first.path.length ? first.path.join('.') : 'payload';
    super('validation_failed', `Invalid payload for job "${jobName}": ${where}: ${first?.message ?? 'invalid'}`, { job: jobName, issues });
  }
}

/** Parses a payload against its definition; throws JobPayloadError naming the job and the field. */
export function parsePayload<P>(def: JobDefinition<P>, data: unknown): P {
  const parsed = def.payload.safeParse(data);
  if (!parsed.success) throw new JobPayloadError(def.name, parsed.error.issues);
  return parsed.data;
}
