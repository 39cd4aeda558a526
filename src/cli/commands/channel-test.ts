// `tandem channel test`: checks a channel with its network now; exits 1 unless it is healthy.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { testChannel } from '../../core/channels/test-channel.ts';
import { channelOption, describeHealth, parseOptions, withChannelsCtx, workspaceOption } from './channel-cli.ts';
import type { Command } from './index.ts';

export const channelTestCommand: Command = {
  summary: 'Check a channel with its network now and print its health',
  usage: '--workspace <id> --channel <id>',
  async run(args) {
    const { values } = parseArgs({ args, options: { workspace: { type: 'string' }, channel: { type: 'string' } }, strict: true });
    const options = parseOptions(z.object({ workspace: workspaceOption, channel: channelOption }), values);
    const channel = await withChannelsCtx(options.workspace, (ctx) => testChannel(ctx, options.channel));
    console.log(`${channel.displayName}: ${describeHealth(channel)}`);
    return channel.health === 'ok' ? 0 : 1;
  },
};
