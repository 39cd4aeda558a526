// `tandem channel list`: the workspace's channels with their health, or JSON with --json.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { listChannels } from '../../core/channels/list-channels.ts';
import { describeHealth, parseOptions, withChannelsCtx, workspaceOption } from './channel-cli.ts';
import type { Command } from './index.ts';

export const channelListCommand: Command = {
  summary: "List a workspace's channels and their health",
  usage: '--workspace <id> [--json]',
  async run(args) {
    const { values } = parseArgs({ args, options: { workspace: { type: 'string' }, json: { type: 'boolean' } }, strict: true });
    const options = parseOptions(z.object({ workspace: workspaceOption, json: z.boolean().optional() }), values);
    const channels = await withChannelsCtx(options.workspace, (ctx) => listChannels(ctx));
    if (options.json) console.log(JSON.stringify(channels, null, 2));
    else for (const c of channels) console.log([c.id, c.network, c.displayName, c.accountHandle ?? '-', c.status, describeHealth(c)].join('\t'));
    return 0;
  },
};
