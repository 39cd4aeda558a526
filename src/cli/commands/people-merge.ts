// `tandem people merge <keepId> <mergeId>`: merges the second person into the first, journalled
// like a merge in the app; prints the merge id that `tandem people unmerge` takes.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { countMoved, mergePeople } from '../../core/people/merge-people.ts';
import { parseOptions, withChannelsCtx, workspaceOption } from './channel-cli.ts';
import type { Command } from './index.ts';
import { positionalIds } from './people-cli.ts';

export const peopleMergeCommand: Command = {
  summary: 'Merge a person into another (undo with tandem people unmerge)',
  usage: '--workspace <id> <keepId> <mergeId>',
  async run(args) {
    const { values, positionals } = parseArgs({ args, options: { workspace: { type: 'string' } }, strict: true, allowPositionals: true });
    const o = parseOptions(z.object({ workspace: workspaceOption }), values);
    const [keepId, mergeId] = positionalIds(positionals, ['keepId', 'mergeId'], 'tandem people merge --workspace <id> <keepId> <mergeId>');
    const merge = await withChannelsCtx(o.workspace, (ctx) => mergePeople(ctx, { keepId: keepId!, mergeId: mergeId! }));
    const counts = Object.entries(countMoved(merge.moved)).map(([kind, n]) => `${n} ${kind}`);
    console.log(`${merge.id}\tmerged ${mergeId} into ${keepId} (${merge.keptPerson.displayName}): ${counts.join(', ')}`);
    return 0;
  },
};
