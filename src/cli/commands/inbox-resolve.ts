// `tandem inbox resolve <id>`: marks a conversation resolved (audited as the CLI).
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { updateConversation } from '../../core/inbox/conversations/update-conversation.ts';
import { parseOptions, withChannelsCtx, workspaceOption } from './channel-cli.ts';
import type { Command } from './index.ts';
import { conversationArg, describeConversation } from './inbox-cli.ts';

export const inboxResolveCommand: Command = {
  summary: 'Resolve a conversation',
  usage: '<conversation id> --workspace <id>',
  async run(args) {
    const { values, positionals } = parseArgs({ args, options: { workspace: { type: 'string' } }, allowPositionals: true, strict: true });
    const o = parseOptions(z.object({ workspace: workspaceOption, id: conversationArg }), { ...values, id: positionals[0] });
    const c = await withChannelsCtx(o.workspace, (ctx) => updateConversation(ctx, o.id, { status: 'resolved' }));
    console.log(describeConversation(c));
    return 0;
  },
};
