// The people commands as an operator runs them, against a spawned `tandem`.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createCliEnv, type CliEnv } from './cli-test-harness.ts';

describe('tandem people commands', () => {
  let cli: CliEnv;
  let workspace: string;
  const ada = randomUUID();
  const countess = randomUUID();

  before(async () => {
    cli = await createCliEnv();
    const made = await cli.run(['user', 'create', '--email', 'ann@example.com', '--name', 'Ann', '--password', 'a long enough password', '--workspace-name', 'Acme']);
    assert.equal(made.code, 0, made.stderr);
    workspace = made.stdout.match(/workspace "Acme" \((.+)\)/)![1]!;
    await cli.withDatabase(async (db) => {
      await db.query(`insert into people (id, workspace_id, display_name, email, tags, created_at) values ($1, $3, 'Ada Lovelace', 'ada@example.com', '{vip}', now() - interval '1 day'), ($2, $3, 'The Countess', null, '{}', now())`, [ada, countess, workspace]);
      await db.query(`insert into identities (id, workspace_id, person_id, network, external_id, handle) values ($1, $3, $4, 'mastodon', 'a1', 'ada@mastodon.social'), ($2, $3, $5, 'bluesky', 'did:plc:c', 'countess.bsky.social')`, [randomUUID(), randomUUID(), workspace, ada, countess]);
    });
  });
  after(() => cli.close());

  it('lists and searches people, and shows one', async () => {
    const listed = await cli.run(['people', 'list', '--workspace', workspace]);
    assert.equal(listed.code, 0, listed.stderr);
    assert.deepEqual(listed.stdout.trim().split('\n').map((l) => l.split('\t')[1]), ['The Countess', 'Ada Lovelace']);
    const found = await cli.run(['people', 'list', '--workspace', workspace, '--q', 'countess.bsky']);
    assert.deepEqual(found.stdout.trim().split('\t'), [countess, 'The Countess', '-', 'bluesky:countess.bsky.social', '-']);
    const shown = await cli.run(['people', 'show', '--workspace', workspace, ada]);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /^identity\tmastodon\tada@mastodon\.social$/m);
    assert.match(shown.stdout, /^tags: vip$/m);
  });

  it('merges one person into another and undoes it', async () => {
    const merged = await cli.run(['people', 'merge', '--workspace', workspace, ada, countess]);
    assert.equal(merged.code, 0, merged.stderr);
    const [mergeId, text] = merged.stdout.trim().split('\t');
    assert.equal(text, `merged ${countess} into ${ada} (Ada Lovelace): 1 identities, 0 activities, 0 conversations, 0 messages, 0 notes`);
    const shown = await cli.run(['people', 'show', '--workspace', workspace, countess]);
    assert.match(shown.stdout, new RegExp(`was merged into this person\\)\\n${ada}\\tAda Lovelace`));
    assert.match(shown.stdout, /^identity\tbluesky\tcountess\.bsky\.social$/m);
    const undone = await cli.run(['people', 'unmerge', '--workspace', workspace, mergeId!]);
    assert.equal(undone.code, 0, undone.stderr);
    assert.match(undone.stdout, /The Countess .* stands on their own again/);
    const again = await cli.run(['people', 'unmerge', '--workspace', workspace, mergeId!]);
    assert.deepEqual([again.code, again.stderr.trim()], [1, 'tandem: This merge was already undone [merge_undone]']);
  });

  it('explains bad input in one line with its code', async () => {
    const self = await cli.run(['people', 'merge', '--workspace', workspace, ada, ada]);
    assert.deepEqual([self.code, self.stderr.trim()], [1, 'tandem: A person cannot be merged into themselves [merge_into_self]']);
    const missing = await cli.run(['people', 'merge', '--workspace', workspace, ada]);
    assert.deepEqual([missing.code, missing.stderr.trim()], [1, 'tandem: Usage: tandem people merge --workspace <id> <keepId> <mergeId> [validation_failed]']);
    const unknown = await cli.run(['people', 'show', '--workspace', workspace, randomUUID()]);
    assert.deepEqual([unknown.code, unknown.stderr.trim()], [1, 'tandem: Person not found [not_found]']);
  });
});
