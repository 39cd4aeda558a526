// `tandem post show`: one post, its text and each channel's variant, state and link.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { getPost } from '../../core/publishing/posts/get-post.ts';
import { parseOptions, withChannelsCtx, workspaceOption } from './channel-cli.ts';
import type { Command } from './index.ts';
import { describePost } from './post-cli.ts';

export const postShowCommand: Command = {
  summary: 'Show a post with its per-channel targets',
  usage: '--workspace <id> --post <id> [--json]',
  async run(args) {
    const { values } = parseArgs({ args, options: { workspace: { type: 'string' }, post: { type: 'string' }, json: { type: 'boolean' } }, strict: true });
    const o = parseOptions(z.object({ workspace: workspaceOption, post: z.guid('--post must be a post id'), json: z.boolean().optional() }), values);
    const post = await withChannelsCtx(o.workspace, (ctx) => getPost(ctx, o.post));
    if (o.json) {
      console.log(JSON.stringify(post, null, 2));
      return 0;
    }
    console.log(describePost(post));
    console.log(`revision ${post.revision}${post.labels.length ? `, labels: ${post.labels.join(', ')}` : ''}`);
    console.log(`\n${post.text}\n`);
    for (const t of post.targets) {
      const outcome = t.url ?? (t.errorReason ? `${t.errorKind ?? 'error'}: ${t.errorReason}` : t.scheduledAt?.toISOString() ?? '');
      console.log([t.channelName, t.network, t.state, t.text === null ? 'as the post' : `own text: ${t.text}`, outcome].filter(Boolean).join('\t'));
    }
    return 0;
  },
};
