// What to do after a connector error, as a pure function of the error, where it happened and the
// connector's idempotency. The rule behind every branch: a target whose post may be on the
// network is never published again unless the network was asked first (read-back) or itself
// deduplicates on our key (native); when neither is possible a person is asked (needs_check).
import type { ConnectorError } from '../../../connectors/sdk/result.ts';
import type { IdempotencyMode } from './load-work.ts';
import { backoffMs, type EngineOptions } from './options.ts';

export type Decision =
  | { settle: 'failed'; kind: string; reason: string }
  | { settle: 'needs_check'; kind: string; reason: string }
  /** known: the network answered, so nothing was posted; free: the attempt is not counted. */
  | { settle: 'retry'; at: Date; known: boolean; free: boolean };

export type ErrorSite = {
  error: ConnectorError;
  /** publish: the call that posts (post, thread part, comment); read-back: the lookup before it. */
  where: 'publish' | 'read-back';
  mode: IdempotencyMode;
  attempts: number;
  now: Date;
  options: EngineOptions;
};

export const unknownReason = (reason: string) => `The network did not confirm the post (${reason}) and cannot be asked: check the channel before publishing it again`;

export function decideOutcome({ error, where, mode, attempts, now, options }: ErrorSite): Decision {
  const later = (ms: number) => new Date(now.getTime() + ms);
  switch (error.kind) {
    case 'rate_limited':
      return { settle: 'retry', at: later(error.retryAfterSeconds * 1000), known: where === 'publish', free: true };
    case 'auth_expired':
    case 'rejected':
      // A refusal of the post itself means it is not there; a refused lookup tells us nothing.
      if (where === 'publish') return { settle: 'failed', kind: error.kind, reason: error.reason };
      return { settle: 'needs_check', kind: error.kind, reason: unknownReason(error.reason) };
    case 'transient':
      if (where === 'publish' && mode === 'unverifiable') return { settle: 'needs_check', kind: 'transient', reason: unknownReason(error.reason) };
      if (attempts >= options.maxAttempts) return { settle: 'needs_check', kind: 'transient', reason: `Gave up after ${attempts} attempts; the last said: ${error.reason}. Check the channel before publishing it again` };
      return { settle: 'retry', at: later(backoffMs(options, attempts)), known: false, free: false };
  }
}
