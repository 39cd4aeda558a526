// `tandem post import` as an operator runs it: a dry run lists each row's errors and stores
// nothing; a real run creates the posts and reports them.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { insertTestChannel } from '../../testing/test-channel.ts';
import { createCliEnv, type CliEnv } from './cli-test-harness.ts';

describe('tandem post import', () => {
  let cli: CliEnv;
  let workspace: string;
  let dir: string;
  const csv = (name: string, content: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };

  before(async () => {
    cli = await createCliEnv();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-import-'));
    const made = await cli.run(['user', 'create', '--email', 'ann@example.com', '--name', 'Ann', '--password', 'a long enough password', '--workspace-name', 'Acme']);
    assert.equal(made.code, 0, made.stderr);
    workspace = made.stdout.match(/workspace "Acme" \((.+)\)/)![1]!;
    await cli.withDatabase((db) => insertTestChannel(db.db, { workspaceId: workspace, network: 'mastodon', displayName: 'Fediverse' }));
  });
  after(async () => {
    await cli.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('--dry-run prints every row error and stores nothing, exiting 1', async () => {
    const file = csv('bad.csv', 'text,channels,time\nHello,Fediverse,\nOops,Nowhere,2020-01-01T00:00:00Z\n');
    const res = await cli.run(['post', 'import', file, '--workspace', workspace, '--dry-run']);
    assert.equal(res.code, 1, res.stderr);
    assert.deepEqual(res.stdout.trim().split('\n').map((l) => l.split('\t').slice(0, 3).join(' ')), ['row 3 channels channel_unknown', 'row 3 time time_in_past']);
    assert.match(res.stderr, /1 of 2 rows are ready to import/);
    const stored = await cli.withDatabase(async (db) => [(await db.query('select id from post_imports')).length, (await db.query('select id from posts')).length]);
    assert.deepEqual(stored, [0, 0]);
  });

  it('imports a good file and creates its posts, with progress on stderr', async () => {
    const file = csv('good.csv', 'text,channels,labels\nFirst,Fediverse,news\nSecond,Fediverse,\n');
    const res = await cli.run(['post', 'import', file, '--workspace', workspace]);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stderr, /2\/2 rows, 2 posts created/);
    assert.match(res.stderr, /done: 2 posts created, 0 errors/);
    const posts = await cli.withDatabase((db) => db.query<{ text: string; source: string }>("select text, source from posts order by text"));
    assert.deepEqual(posts.map((p) => [p.text, p.source]), [['First', 'csv'], ['Second', 'csv']]);
    const missing = await cli.run(['post', 'import', path.join(dir, 'none.csv'), '--workspace', workspace]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no such file/);
  });
});
