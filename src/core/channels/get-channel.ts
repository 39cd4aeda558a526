import { findChannel } from '../../db/queries/channels.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { presentChannel, type Channel } from './channel-view.ts';

export async function getChannel(ctx: WorkspaceCtx, channelId: string): Promise<Channel> {
  const row = await findChannel(ctx.db, ctx.workspaceId, channelId);
  if (!row) throw notFound('Channel');
  return presentChannel(row, ctx.clock.now());
}
