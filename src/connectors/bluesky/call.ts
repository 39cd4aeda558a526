// Runs one connector operation with an authenticated @atproto/api Agent and turns whatever the
// library throws into a typed result.
import { Agent } from '@atproto/api';
import type { ConnectorContext } from '../sdk/context.ts';
import type { Result } from '../sdk/result.ts';
import { rejected } from '../sdk/result.ts';
import type { BlueskyConfig } from './config.ts';
import { mapError } from './map-errors.ts';
import type { BlueskySession } from './session.ts';
import { sessionFor } from './session.ts';

export type Bluesky = { agent: Agent; did: string; handle: string; session: BlueskySession; ctx: ConnectorContext<BlueskyConfig> };

export async function callBluesky<T>(ctx: ConnectorContext<BlueskyConfig>, operation: (bsky: Bluesky) => Promise<Result<T>>): Promise<Result<T>> {
  const session = sessionFor(ctx);
  if (!session) return rejected('a Bluesky channel needs an identifier and an app password', 'bad_credentials');
  try {
    const { did, handle } = await session.ensure();
    return await operation({ agent: new Agent(session), did, handle, session, ctx });
  } catch (err) {
    return mapError(err, ctx.now().getTime());
  }
}
