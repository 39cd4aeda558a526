// `tandem people unmerge <mergeId>`: undoes a merge from its journal.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { unmergePeople } from '../../core/people/unmerge-people.ts';
import { parseOptions, withChannelsCtx, workspaceOption } from './channel-cli.ts';
import type { Command } from './index.ts';
import { positionalIds } from './people-cli.ts';

export const peopleUnmergeCommand: Command = {
  summary: 'Undo a merge: what it moved goes back to the merged person',
  usage: '--workspace <id> <mergeId>',
  async run(args) {
    const { values, positionals } = parseArgs({ args, options: { workspace: { type: 'string' } }, strict: true, allowPositionals: true });
    const o = parseOptions(z.object({ workspace: workspaceOption }), values);
    const [mergeId] = positionalIds(positionals, ['mergeId'], 'tandem people unmerge --workspace <id> <mergeId>');
    const undone = await withChannelsCtx(o.workspace, (ctx) => unmergePeople(ctx, mergeId!));
    console.log(`${undone.id}\t${undone.restoredPerson.displayName} (${undone.restoredPerson.id}) stands on their own again`);
    return 0;
  },
};
