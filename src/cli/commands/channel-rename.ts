// `tandem channel rename`: gives a channel the name people see in Tandem (the account is unchanged).
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { updateChannel } from '../../core/channels/update-channel.ts';
import { channelOption, parseOptions, withChannelsCtx, workspaceOption } from './channel-cli.ts';
import type { Command } from './index.ts';

export const channelRenameCommand: Command = {
  summary: 'Rename a channel as people see it in Tandem',
  usage: '--workspace <id> --channel <id> --name <display name>',
  async run(args) {
    const { values } = parseArgs({ args, options: { workspace: { type: 'string' }, channel: { type: 'string' }, name: { type: 'string' } }, strict: true });
    const name = z.string('--name is required').trim().min(1, '--name must not be empty').max(120, '--name must be at most 120 characters');
    const options = parseOptions(z.object({ workspace: workspaceOption, channel: channelOption, name }), values);
    const channel = await withChannelsCtx(options.workspace, (ctx) => updateChannel(ctx, options.channel, { displayName: options.name }));
    console.log(`Renamed to ${channel.displayName}`);
    return 0;
  },
};
