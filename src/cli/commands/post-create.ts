// `tandem post create`: a draft for one or more channels, its text as an argument or from stdin.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createPost } from '../../core/publishing/posts/create-post.ts';
import { channelOption, parseOptions, readStdin, withChannelsCtx, workspaceOption } from './channel-cli.ts';
import type { Command } from './index.ts';
import { describePost } from './post-cli.ts';

export const postCreateCommand: Command = {
  summary: 'Compose a draft post for one or more channels',
  usage: '--workspace <id> --channel <id> [--channel <id> ...] [--text <text> | text on stdin] [--label <label> ...] [--first-comment <text>] [--json]',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { workspace: { type: 'string' }, channel: { type: 'string', multiple: true }, text: { type: 'string' }, label: { type: 'string', multiple: true }, 'first-comment': { type: 'string' }, json: { type: 'boolean' } },
      strict: true,
    });
    const options = parseOptions(
      z.object({ workspace: workspaceOption, channel: z.array(channelOption).min(1, '--channel is required'), text: z.string().optional(), label: z.array(z.string()).optional(), 'first-comment': z.string().optional(), json: z.boolean().optional() }),
      { ...values, channel: values.channel ?? [] },
    );
    const text = options.text ?? (await readStdin());
    const post = await withChannelsCtx(options.workspace, (ctx) =>
      createPost(ctx, { text, labels: options.label ?? [], firstComment: options['first-comment'] ?? null, targets: options.channel.map((channelId) => ({ channelId })), source: 'api' }),
    );
    console.log(options.json ? JSON.stringify(post, null, 2) : describePost(post));
    return 0;
  },
};
