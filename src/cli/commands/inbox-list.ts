// `tandem inbox list`: a view of the inbox, newest activity first, one line per conversation.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { listConversations } from '../../core/inbox/conversations/list-conversations.ts';
import { inboxHats, priorities } from '../../core/inbox/vocabulary.ts';
import { channelOption, parseOptions, withChannelsCtx, workspaceOption } from './channel-cli.ts';
import type { Command } from './index.ts';
import { describeConversation, memberIdByEmail } from './inbox-cli.ts';

export const inboxListCommand: Command = {
  summary: 'List inbox conversations (a status, hat, assignee, channel, tag ...), newest activity first',
  usage: '--workspace <id> [--status <status>] [--assignee unassigned|<email>|<user id>] [--hat social|community] [--channel <id>] [--tag <tag>] [--priority <p>] [--unread] [--search <text>] [--limit <n>] [--json]',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { workspace: { type: 'string' }, status: { type: 'string' }, assignee: { type: 'string' }, hat: { type: 'string' }, channel: { type: 'string' }, tag: { type: 'string' }, priority: { type: 'string' }, unread: { type: 'boolean' }, search: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
      strict: true,
    });
    const o = parseOptions(
      z.object({
        workspace: workspaceOption,
        status: z.string().optional(),
        assignee: z.string().optional(),
        hat: z.enum(inboxHats, `--hat must be one of ${inboxHats.join(', ')}`).optional(),
        channel: channelOption.optional(),
        tag: z.string().optional(),
        priority: z.enum(priorities, `--priority must be one of ${priorities.join(', ')}`).optional(),
        unread: z.boolean().optional(),
        search: z.string().optional(),
        limit: z.coerce.number().int().min(1).max(100).default(50),
        json: z.boolean().optional(),
      }),
      values,
    );
    const page = await withChannelsCtx(o.workspace, async (ctx) => {
      // The operator is nobody's "me": a teammate is named by e-mail or id.
      const assignee = o.assignee === undefined || o.assignee === 'unassigned' || z.guid().safeParse(o.assignee).success ? o.assignee : await memberIdByEmail(ctx.db, ctx.workspaceId, o.assignee);
      return listConversations(ctx, {
        limit: o.limit,
        ...(o.status ? { status: o.status } : {}),
        ...(assignee ? { assignee } : {}),
        ...(o.hat ? { hat: o.hat } : {}),
        ...(o.channel ? { channelId: o.channel } : {}),
        ...(o.tag ? { tag: o.tag } : {}),
        ...(o.priority ? { priority: o.priority } : {}),
        ...(o.unread ? { unread: true } : {}),
        ...(o.search ? { q: o.search } : {}),
      });
    });
    if (o.json) console.log(JSON.stringify(page.items, null, 2));
    else for (const c of page.items) console.log(describeConversation(c));
    if (page.nextCursor && !o.json) console.error('(more: raise --limit or narrow the view)');
    return 0;
  },
};
