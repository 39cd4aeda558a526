// `tandem channel connect`: connects an account with credentials read as JSON from stdin, so a
// token never appears in the process list or the shell history.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { connectChannel } from '../../core/channels/connect-channel.ts';
import { AppError } from '../../core/shared/errors.ts';
import { describeHealth, parseOptions, readStdin, withChannelsCtx, workspaceOption } from './channel-cli.ts';
import type { Command } from './index.ts';

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('validation_failed', `${what} must be JSON`);
  }
}

export const channelConnectCommand: Command = {
  summary: 'Connect an account (credentials as JSON on stdin) and print the channel id',
  usage: `--workspace <id> --network <id> [--config '<json>'] [--name <display name>]  < credentials.json

Example: echo '{"token":"..."}' | tandem channel connect --workspace <id> --network discord --config '{"guildId":"1","publishChannelId":"2"}'
GET /api/v1/connectors (or docs/channels.md) lists each network's config and credential fields.`,
  async run(args) {
    const { values } = parseArgs({ args, options: { workspace: { type: 'string' }, network: { type: 'string' }, config: { type: 'string' }, name: { type: 'string' } }, strict: true });
    const options = parseOptions(z.object({ workspace: workspaceOption, network: z.string('--network is required').min(1), config: z.string().optional(), name: z.string().optional() }), values);
    const stdin = await readStdin();
    const input = {
      network: options.network,
      displayName: options.name,
      config: options.config ? parseJson(options.config, '--config') : {},
      credentials: stdin ? parseJson(stdin, 'The credentials on stdin') : undefined,
    };
    const { channel, created } = await withChannelsCtx(options.workspace, (ctx) => connectChannel(ctx, input));
    console.error(`${created ? 'Connected' : 'Updated'} "${channel.displayName}" (${channel.network}, ${channel.accountHandle ?? 'no handle'}): ${describeHealth(channel)}`);
    console.log(channel.id);
    return 0;
  },
};
