// `tandem people list`: the directory, with the API's search and filters, one line each.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { listPeople } from '../../core/people/people.ts';
import { parseOptions, withChannelsCtx, workspaceOption } from './channel-cli.ts';
import type { Command } from './index.ts';
import { describePerson } from './people-cli.ts';

export const peopleListCommand: Command = {
  summary: 'List or search people (name, e-mail, handle), newest first',
  usage: '--workspace <id> [--q <text>] [--tag <tag>] [--network <network>] [--limit <n>] [--json]',
  async run(args) {
    const { values } = parseArgs({ args, options: { workspace: { type: 'string' }, q: { type: 'string' }, tag: { type: 'string' }, network: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } }, strict: true });
    const o = parseOptions(
      z.object({ workspace: workspaceOption, q: z.string().max(200).optional(), tag: z.string().optional(), network: z.string().optional(), limit: z.coerce.number().int().min(1).max(200).default(50), json: z.boolean().optional() }),
      values,
    );
    const page = await withChannelsCtx(o.workspace, (ctx) => listPeople(ctx, { q: o.q, tag: o.tag, network: o.network, limit: o.limit }));
    if (o.json) console.log(JSON.stringify(page.items, null, 2));
    else for (const p of page.items) console.log(describePerson(p));
    if (page.nextCursor && !o.json) console.error('(more: raise --limit or narrow with --q)');
    return 0;
  },
};
