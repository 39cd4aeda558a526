// The post commands as an operator runs them, against a spawned `tandem`.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createCliEnv, type CliEnv } from './cli-test-harness.ts';

describe('tandem post commands', () => {
  let cli: CliEnv;
  let workspace: string;
  const channelId = randomUUID();

  before(async () => {
    cli = await createCliEnv();
    const made = await cli.run(['user', 'create', '--email', 'ann@example.com', '--name', 'Ann', '--password', 'a long enough password', '--workspace-name', 'Acme']);
    assert.equal(made.code, 0, made.stderr);
    workspace = made.stdout.match(/workspace "Acme" \((.+)\)/)![1]!;
    await cli.withDatabase((db) => db.query(`insert into channels (id, workspace_id, network, display_name) values ($1, $2, 'mastodon', 'Fediverse')`, [channelId, workspace]));
  });
  after(() => cli.close());

  it('creates a draft from stdin, lists it as unscheduled and shows it', async () => {
    const created = await cli.run(['post', 'create', '--workspace', workspace, '--channel', channelId, '--label', 'cli'], { stdin: 'Hello from the terminal\nsecond line' });
    assert.equal(created.code, 0, created.stderr);
    const [postId, state, when, channels, text] = created.stdout.trim().split('\t');
    assert.deepEqual([state, when, channels, text], ['draft', 'unscheduled', 'Fediverse:pending', 'Hello from the terminal']);
    const listed = await cli.run(['post', 'list', '--workspace', workspace, '--from', '2026-01-01T00:00:00Z', '--unscheduled', '--state', 'draft']);
    assert.equal(listed.stdout.trim().split('\t')[0], postId);
    const shown = await cli.run(['post', 'show', '--workspace', workspace, '--post', postId!, '--json']);
    const post = JSON.parse(shown.stdout);
    assert.deepEqual([post.text, post.labels, post.source, post.targets[0].channelName], ['Hello from the terminal\nsecond line', ['cli'], 'api', 'Fediverse']);
  });

  it('explains bad input in one line with its code', async () => {
    const noChannel = await cli.run(['post', 'create', '--workspace', workspace, '--text', 'x']);
    assert.deepEqual([noChannel.code, noChannel.stderr.trim()], [1, 'tandem: --channel is required [validation_failed]']);
    const unknown = await cli.run(['post', 'show', '--workspace', workspace, '--post', randomUUID()]);
    assert.deepEqual([unknown.code, unknown.stderr.trim()], [1, 'tandem: Post not found [not_found]']);
    const state = await cli.run(['post', 'list', '--workspace', workspace, '--state', 'lost']);
    assert.equal(state.code, 1);
    assert.match(state.stderr, /--state must be one of draft/);
  });
});
