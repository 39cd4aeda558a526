// `tandem channel disconnect`: wipes a channel's credentials and keeps everything it brought in.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { disconnectChannel } from '../../core/channels/disconnect-channel.ts';
import { channelOption, parseOptions, withChannelsCtx, workspaceOption } from './channel-cli.ts';
import type { Command } from './index.ts';

export const channelDisconnectCommand: Command = {
  summary: "Disconnect a channel: credentials wiped, its data kept",
  usage: '--workspace <id> --channel <id>',
  async run(args) {
    const { values } = parseArgs({ args, options: { workspace: { type: 'string' }, channel: { type: 'string' } }, strict: true });
    const options = parseOptions(z.object({ workspace: workspaceOption, channel: channelOption }), values);
    await withChannelsCtx(options.workspace, (ctx) => disconnectChannel(ctx, options.channel));
    console.error('Disconnected; its posts, inbox and people stay in Tandem.');
    return 0;
  },
};
