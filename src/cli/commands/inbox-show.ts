// `tandem inbox show <id>`: a conversation and the latest page of its thread.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { getConversation } from '../../core/inbox/conversations/get-conversation.ts';
import { parseOptions, withChannelsCtx, workspaceOption } from './channel-cli.ts';
import type { Command } from './index.ts';
import { conversationArg, describeConversation } from './inbox-cli.ts';

export const inboxShowCommand: Command = {
  summary: 'Show a conversation with its thread',
  usage: '<conversation id> --workspace <id> [--json]',
  async run(args) {
    const { values, positionals } = parseArgs({ args, options: { workspace: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true, strict: true });
    const o = parseOptions(z.object({ workspace: workspaceOption, id: conversationArg, json: z.boolean().optional() }), { ...values, id: positionals[0] });
    const detail = await withChannelsCtx(o.workspace, (ctx) => getConversation(ctx, o.id));
    if (o.json) {
      console.log(JSON.stringify(detail, null, 2));
      return 0;
    }
    const c = detail.conversation;
    console.log(describeConversation(c));
    if (c.tags.length) console.log(`tags: ${c.tags.join(', ')}`);
    if (c.mergedIntoId) console.log(`merged into ${c.mergedIntoId}`);
    if (detail.earlierCursor) console.log('(earlier messages not shown)');
    for (const m of detail.messages) {
      const state = m.kind === 'reply' && m.sendState && m.sendState !== 'sent' ? ` [${m.sendState}${m.errorReason ? `: ${m.errorReason}` : ''}]` : '';
      console.log(`\n${m.occurredAt.toISOString()}  ${m.kind === 'note' ? 'note by ' : ''}${m.author.name}${m.author.handle ? ` (${m.author.handle})` : ''}${state}\n${m.text}`);
    }
    return 0;
  },
};
