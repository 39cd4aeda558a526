// `tandem inbox assign <id> <email>`: gives a conversation to a teammate who may answer ("none"
// unassigns it).
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { checkAssignee } from '../../core/inbox/conversations/check-assignee.ts';
import { updateConversation } from '../../core/inbox/conversations/update-conversation.ts';
import { parseOptions, withChannelsCtx, workspaceOption } from './channel-cli.ts';
import type { Command } from './index.ts';
import { conversationArg, describeConversation } from './inbox-cli.ts';

export const inboxAssignCommand: Command = {
  summary: 'Assign a conversation to a teammate by e-mail ("none" unassigns)',
  usage: '<conversation id> <email|none> --workspace <id>',
  async run(args) {
    const { values, positionals } = parseArgs({ args, options: { workspace: { type: 'string' } }, allowPositionals: true, strict: true });
    const o = parseOptions(
      z.object({ workspace: workspaceOption, id: conversationArg, email: z.union([z.literal('none'), z.email('The second argument must be an e-mail address or "none"')], 'The second argument must be an e-mail address or "none"') }),
      { ...values, id: positionals[0], email: positionals[1] },
    );
    const c = await withChannelsCtx(o.workspace, async (ctx) => {
      const assigneeId = o.email === 'none' ? null : (await checkAssignee(ctx.db, ctx.workspaceId, { email: o.email })).userId;
      return updateConversation(ctx, o.id, { assigneeId });
    });
    console.log(describeConversation(c));
    return 0;
  },
};
