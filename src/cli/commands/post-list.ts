// `tandem post list`: the calendar's posts in a window, with the API's filters, one line each.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { listPosts } from '../../core/publishing/posts/list-posts.ts';
import { postStates } from '../../db/schema/index.ts';
import { channelOption, parseOptions, withChannelsCtx, workspaceOption } from './channel-cli.ts';
import type { Command } from './index.ts';
import { describePost } from './post-cli.ts';

const instant = (name: string) => z.iso.datetime({ offset: true, error: `${name} must be an ISO instant like 2026-12-01T09:00:00Z` }).transform((s) => new Date(s));

export const postListCommand: Command = {
  summary: 'List posts for a time window, earliest first',
  usage: '--workspace <id> [--from <iso>] [--to <iso>] [--channel <id>] [--label <label>] [--state <state>] [--unscheduled] [--limit <n>] [--json]',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { workspace: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, channel: { type: 'string' }, label: { type: 'string' }, state: { type: 'string', multiple: true }, unscheduled: { type: 'boolean' }, limit: { type: 'string' }, json: { type: 'boolean' } },
      strict: true,
    });
    const o = parseOptions(
      z.object({
        workspace: workspaceOption,
        from: instant('--from').optional(),
        to: instant('--to').optional(),
        channel: channelOption.optional(),
        label: z.string().optional(),
        state: z.array(z.enum(postStates, `--state must be one of ${postStates.join(', ')}`)).optional(),
        unscheduled: z.boolean().optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
        json: z.boolean().optional(),
      }),
      values,
    );
    const page = await withChannelsCtx(o.workspace, (ctx) =>
      listPosts(ctx, { ...(o.from ? { from: o.from } : {}), ...(o.to ? { to: o.to } : {}), ...(o.channel ? { channelId: o.channel } : {}), ...(o.label ? { label: o.label } : {}), ...(o.state ? { states: o.state } : {}), includeUnscheduled: o.unscheduled ?? false, limit: o.limit }),
    );
    if (o.json) console.log(JSON.stringify(page.items, null, 2));
    else for (const p of page.items) console.log(describePost(p));
    if (page.nextCursor && !o.json) console.error(`(more: raise --limit or narrow --from/--to)`);
    return 0;
  },
};
