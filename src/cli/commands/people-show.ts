// `tandem people show <id>`: a person's profile: identities, tags, fields, notes, open
// conversations, merges. A merged person's id shows the person they were merged into.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { getPersonProfile } from '../../core/people/person-profile.ts';
import { parseOptions, withChannelsCtx, workspaceOption } from './channel-cli.ts';
import type { Command } from './index.ts';
import { positionalIds } from './people-cli.ts';

const usage = 'tandem people show --workspace <id> <personId> [--json]';

export const peopleShowCommand: Command = {
  summary: "Show a person's profile: identities, notes, open conversations, merges",
  usage: '--workspace <id> <personId> [--json]',
  async run(args) {
    const { values, positionals } = parseArgs({ args, options: { workspace: { type: 'string' }, json: { type: 'boolean' } }, strict: true, allowPositionals: true });
    const o = parseOptions(z.object({ workspace: workspaceOption, json: z.boolean().optional() }), values);
    const [personId] = positionalIds(positionals, ['personId'], usage);
    const profile = await withChannelsCtx(o.workspace, (ctx) => getPersonProfile(ctx, personId!));
    if (o.json) {
      console.log(JSON.stringify(profile, null, 2));
      return 0;
    }
    const p = profile.person;
    if (profile.redirectedFrom) console.log(`(${profile.redirectedFrom} was merged into this person)`);
    console.log([p.id, p.displayName, p.email ?? '-', p.isStaff ? 'staff' : ''].filter(Boolean).join('\t'));
    if (p.tags.length) console.log(`tags: ${p.tags.join(', ')}`);
    for (const [key, value] of Object.entries(p.customFields)) console.log(`${key}: ${JSON.stringify(value)}`);
    for (const i of profile.identities) console.log(['identity', i.network, i.handle ?? i.externalId, i.verified ? 'verified' : ''].filter(Boolean).join('\t'));
    for (const c of profile.openConversations) console.log(['conversation', c.id, c.status, c.channel.displayName, c.lastMessageText ?? ''].join('\t'));
    for (const n of profile.notes) console.log(['note', n.createdAt.toISOString(), n.authorName ?? '-', n.body].join('\t'));
    for (const m of profile.merges) console.log(['merge', m.id, `${m.mergedPerson.displayName} into ${m.keptPerson.displayName}`, m.mergedAt.toISOString(), m.unmergedAt ? 'undone' : ''].filter(Boolean).join('\t'));
    return 0;
  },
};
