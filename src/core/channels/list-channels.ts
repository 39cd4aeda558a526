import { listChannelsByName } from '../../db/queries/channels.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { presentChannel, type Channel } from './channel-view.ts';

/** Every channel of the workspace, connected or not, by name. */
export async function listChannels(ctx: WorkspaceCtx): Promise<Channel[]> {
  const now = ctx.clock.now();
  return (await listChannelsByName(ctx.db, ctx.workspaceId)).map((row) => presentChannel(row, now));
}
