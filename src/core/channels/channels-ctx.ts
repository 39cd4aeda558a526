// What channel use-cases need beyond the usual context: the keyring that seals credentials and
// the connectors to call.
import type { RateLimiter } from '../../connectors/sdk/rate-limiter.ts';
import type { Keyring } from '../../crypto/secrets.ts';
import type { Ctx, WorkspaceCtx } from '../shared/context.ts';
import type { ConnectorRegistry } from './connector-registry.ts';

export type ChannelServices = {
  keyring: Keyring;
  connectors: ConnectorRegistry;
  /** Per-account request limits; the process-wide limiter when not given (tests give their own). */
  rateLimiter?: RateLimiter;
};
export type ChannelsCtx = WorkspaceCtx & ChannelServices;
/** Outside a workspace: jobs and the CLI acting on channels of any workspace. */
export type SystemChannelsCtx = Ctx & ChannelServices;
