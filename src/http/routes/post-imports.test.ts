import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runImportRows, type ImportRunCtx } from '../../core/publishing/import/run-import-rows.ts';
import { insertComposeChannel, shortLimits } from '../../core/publishing/posts/testing/compose-fixtures.ts';
import { systemActor } from '../../core/shared/context.ts';
import type { ScheduledTarget } from '../../core/publishing/workflow/workflow-ctx.ts';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { createSafeFetch } from '../../connectors/sdk/safe-fetch.ts';
import { importMediaFetch } from '../../core/publishing/import/row-media.ts';
import { storeImportedMedia } from '../../core/publishing/import/store-imported-media.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('post imports: CSV with dry run, progress and resume', () => {
  let t: TestApp;
  let owner: TestClient;
  let base: string;
  let workspaceId: string;
  let fediId: string;
  const now = new Date('2026-12-01T12:00:00Z');
  const queued: ScheduledTarget[] = [];

  const runCtx = (over: Partial<ImportRunCtx> = {}): ImportRunCtx => ({
    db: t.database.db,
    clock: t.runtime.clock,
    actor: systemActor('test'),
    connectors: t.runtime.connectors,
    mediaFetch: importMediaFetch(1_000_000),
    storeMedia: async () => assert.fail('no media in these rows'),
    queuePublish: async (targets) => void queued.push(...targets),
    ...over,
  });
  const postsOf = (importId: string) =>
    t.database.query<{ id: string; text: string; state: string; source: string; source_ref: string; labels: string[]; scheduled_at: Date | null; author_id: string | null }>(
      "select id, text, state, source, source_ref, labels, scheduled_at, author_id from posts where source_ref like $1 || ':%' order by source_ref",
      [importId],
    );
  const start = async (content: string, extra: Record<string, unknown> = {}) => owner.post(`${base}/post-imports`, { fileName: 'week.csv', content, ...extra });

  before(async () => {
    t = await createTestApp({ clock: { now: () => now } });
    ({ owner, workspaceId } = await t.setupOwner());
    base = `/api/v1/workspaces/${workspaceId}`;
    await t.database.query("update workspaces set time_zone = 'Europe/Paris' where id = $1", [workspaceId]);
    fediId = (await insertComposeChannel(t.database.db, { workspaceId, network: 'mastodon', displayName: 'Fediverse', limits: shortLimits(500, 'mastodon') })).id;
    await insertComposeChannel(t.database.db, { workspaceId, network: 'bluesky', displayName: 'Sky', limits: shortLimits(20, 'bluesky') });
  });
  after(() => t.close());

  it('dry run: reports every row’s errors with row, field and code, and stores nothing', async () => {
    const csv = ['text,channels,time,media,labels', 'Fine,Fediverse,2026-12-03 09:30,,news', 'A text far too long for Sky,Sky|Nowhere,yesterday,,', 'Old,Fediverse,2026-11-01T10:00:00Z,file:///etc/passwd,'].join('\n');
    const res = await start(csv, { dryRun: true });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual([res.body.id, res.body.state, res.body.totalRows, res.body.validRows], [null, 'dry_run', 3, 1]);
    assert.deepEqual(
      res.body.errors.map((e: { row: number; field: string; code: string }) => `${e.row}:${e.field}:${e.code}`),
      ['3:channels:channel_unknown', '3:text:text_too_long', '3:time:time_invalid', '4:media:media_url_invalid', '4:time:time_in_past'],
    );
    assert.equal((await t.database.query('select id from post_imports')).length, 0);
    assert.equal((await t.database.query('select id from posts')).length, 0);
  });

  it('refuses a file with bad rows unless asked to skip them, and a file it cannot read', async () => {
    const bad = await start('text,channels\nGood,Fediverse\nBad,Nowhere\n');
    assert.deepEqual([bad.status, bad.body.code], [400, 'import_invalid']);
    assert.deepEqual(bad.body.rowErrors.map((e: { row: number; code: string }) => [e.row, e.code]), [[3, 'channel_unknown']]);
    const unreadable = await start('text;colour\nx;y\n');
    assert.deepEqual([unreadable.status, unreadable.body.code], [400, 'import_invalid']);
    assert.match(unreadable.body.detail, /Unknown column "colour"/);
    assert.equal((await t.database.query('select id from post_imports')).length, 0);
  });

  it('creates the posts in batches, with progress to follow, scheduled where a time is given', async () => {
    const csv = ['text,channels,time,labels', 'One,Fediverse,2026-12-03 09:30,a|b', 'Two,Fediverse;Sky,,', 'Three,Fediverse,2026-12-04T08:00:00+01:00,', 'Four,Nowhere,,'].join('\n');
    const res = await start(csv, { skipInvalidRows: true });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const id = res.body.id;
    assert.deepEqual([res.body.state, res.body.totalRows, res.body.processedRows, res.body.errors.length], ['queued', 3, 0, 1]);

    assert.deepEqual(await runImportRows(runCtx(), id, 2), { processed: 2, finished: false });
    const half = (await owner.get(`${base}/post-imports/${id}`)).body;
    assert.deepEqual([half.state, half.processedRows, half.createdPosts, half.totalRows], ['running', 2, 2, 3]);

    assert.deepEqual(await runImportRows(runCtx(), id, 50), { processed: 1, finished: true });
    const done = (await owner.get(`${base}/post-imports/${id}`)).body;
    assert.deepEqual([done.state, done.processedRows, done.createdPosts, typeof done.finishedAt], ['done', 3, 3, 'string']);

    const posts = await postsOf(id);
    assert.deepEqual(posts.map((p) => [p.text, p.source, p.source_ref, p.state]), [
      ['One', 'csv', `${id}:2`, 'scheduled'],
      ['Two', 'csv', `${id}:3`, 'draft'],
      ['Three', 'csv', `${id}:4`, 'scheduled'],
    ]);
    assert.deepEqual(posts[0]!.labels, ['a', 'b']);
    assert.deepEqual(posts.map((p) => p.scheduled_at?.toISOString() ?? null), ['2026-12-03T08:30:00.000Z', null, '2026-12-04T07:00:00.000Z']);
    assert.ok(posts.every((p) => p.author_id !== null), 'the person who imported is the author');
    const targets = await t.database.query<{ channel_id: string }>('select channel_id from post_targets where post_id = $1', [posts[1]!.id]);
    assert.equal(targets.length, 2);
    assert.deepEqual(queued.map((q) => q.scheduledAt.toISOString()).sort(), ['2026-12-03T08:30:00.000Z', '2026-12-04T07:00:00.000Z'], 'scheduled targets handed to the engine after commit');
    const audit = await t.database.query<{ action: string }>("select action from audit_entries where target_id = $1 order by created_at", [id]);
    assert.deepEqual(audit.map((a) => a.action), ['post_import.create', 'post_import.finish']);
    assert.deepEqual((await owner.get(`${base}/post-imports`)).body.items.map((i: { id: string }) => i.id), [id]);
  });

  it('resumes after a crash without creating any post twice', async () => {
    const csv = ['text,channels,time', ...Array.from({ length: 6 }, (_, i) => `Row ${i + 1},Fediverse,2026-12-1${i} 10:00`)].join('\n');
    const id = (await start(csv)).body.id;
    const aborted = await runImportRows(runCtx({ signal: AbortSignal.abort() }), id, 10);
    assert.deepEqual(aborted, { processed: 0, finished: false }, 'a stopping worker takes no row');
    // A worker dies right after its second row committed, before it could tell the engine.
    let sends = 0;
    const dying = runCtx({ queuePublish: async () => { if (++sends === 2) throw new Error('worker killed'); } });
    await assert.rejects(runImportRows(dying, id, 10), /worker killed/);
    assert.equal((await owner.get(`${base}/post-imports/${id}`)).body.processedRows, 2);
    // Even with progress lost (an older copy of the import restored), rows already made are skipped.
    await t.database.query('update post_imports set processed_rows = 0 where id = $1', [id]);
    // Two workers at once: each row is created by exactly one of them.
    await Promise.all([runImportRows(runCtx(), id, 10), runImportRows(runCtx(), id, 10)]);
    await runImportRows(runCtx(), id, 10);
    const posts = await postsOf(id);
    assert.deepEqual(posts.map((p) => p.text), ['Row 1', 'Row 2', 'Row 3', 'Row 4', 'Row 5', 'Row 6']);
    const state = (await owner.get(`${base}/post-imports/${id}`)).body;
    assert.deepEqual([state.state, state.processedRows], ['done', 6]);
    const dup = await t.database.query('select source_ref, count(*)::int as n from posts where source_ref like $1 group by source_ref having count(*) > 1', [`${id}:%`]);
    assert.deepEqual(dup, []);
  });

  it('reports a row whose time has passed by the time it is created, and keeps going', async () => {
    const id = (await start('text,channels,time\nSoon,Fediverse,2026-12-01 13:05\nLater,Fediverse,2026-12-09 10:00\n')).body.id;
    const later = new Date('2026-12-01T12:30:00Z');
    await runImportRows(runCtx({ clock: { now: () => later } }), id, 10);
    const state = (await owner.get(`${base}/post-imports/${id}`)).body;
    assert.deepEqual([state.state, state.processedRows, state.createdPosts], ['done', 2, 1]);
    assert.deepEqual(state.errors.map((e: { row: number; code: string }) => [e.row, e.code]), [[2, 'time_in_past']]);
    assert.ok(fediId);
  });

  it('fetches a row’s media through safe fetch: private addresses refused, images stored, other files reported', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#08f' } }).png().toBuffer();
    const files = http.createServer((req, res) => {
      if (req.url === '/photo.png') res.writeHead(200, { 'content-type': 'image/png' }).end(png);
      else res.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>');
    });
    await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
    const host = `127.0.0.1:${(files.address() as AddressInfo).port}`;
    try {
      const csv = `text,channels,media\nPhoto,Fediverse,http://${host}/photo.png\nPage,Fediverse,http://${host}/page.html\n`;
      const media = { storeMedia: storeImportedMedia(t.runtime.config) };
      // The project's own fetch for imports: a loopback address is refused like any private one.
      const refused = (await start(csv)).body.id;
      await runImportRows(runCtx({ ...media, mediaFetch: importMediaFetch(1_000_000) }), refused, 10);
      const state = (await owner.get(`${base}/post-imports/${refused}`)).body;
      assert.deepEqual(state.errors.map((e: { row: number; code: string }) => [e.row, e.code]), [[2, 'media_unreachable'], [3, 'media_unreachable']]);
      assert.match(state.errors[0].message, /private or local address/);
      assert.equal((await t.database.query('select id from media')).length, 0);

      // Allowed to reach the test server (as a channel's allowHosts would): the image is stored.
      const allowed = (await start(csv)).body.id;
      await runImportRows(runCtx({ ...media, mediaFetch: createSafeFetch({ allowHosts: [host] }) }), allowed, 10);
      const done = (await owner.get(`${base}/post-imports/${allowed}`)).body;
      assert.deepEqual([done.createdPosts, done.errors.map((e: { row: number; code: string }) => [e.row, e.code])], [1, [[3, 'media_not_image_or_video']]]);
      const [post] = await t.database.query<{ media: { mediaId: string }[] }>('select media from posts where source_ref = $1', [`${allowed}:2`]);
      const [stored] = await t.database.query<{ id: string; mime_type: string; file_name: string }>('select id, mime_type, file_name from media');
      assert.deepEqual(post!.media, [{ mediaId: stored!.id }]);
      assert.deepEqual([stored!.mime_type, stored!.file_name], ['image/png', 'photo.png']);
    } finally {
      files.closeAllConnections();
      await new Promise<void>((resolve) => files.close(() => resolve()));
    }
  });

  it('leaves a timed row as a draft, with a note, where posts need approval first', async () => {
    const [me] = await t.database.query<{ id: string }>("select id from users where email = 'owner@example.com'");
    await t.database.query("insert into approval_steps (id, workspace_id, position, name, mode, approver_ids) values (gen_random_uuid(), $1, 0, 'Legal', 'any', array[$2]::uuid[])", [workspaceId, me!.id]);
    try {
      const id = (await start('text,channels,time\nNeeds a look,Fediverse,2026-12-20 10:00\n')).body.id;
      await runImportRows(runCtx(), id, 10);
      const state = (await owner.get(`${base}/post-imports/${id}`)).body;
      assert.deepEqual([state.createdPosts, state.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)], [1, ['time:approval_required']]);
      assert.deepEqual((await postsOf(id)).map((p) => [p.text, p.state]), [['Needs a look', 'draft']]);
    } finally {
      await t.database.query('delete from approval_steps where workspace_id = $1', [workspaceId]);
    }
  });

  it('counts the file against daily caps in the dry run, and reports a row scheduling refuses later, naming the channel', async () => {
    await insertComposeChannel(t.database.db, { workspaceId, network: 'mastodon', displayName: 'Capped', limits: shortLimits(500, 'mastodon', 1) });
    // The dry run already counts the rows of the file against the cap, day by day in the workspace's zone.
    const dry = await start('text,channels,time\nFirst,Capped,2026-12-22 09:00\nSecond,Capped,2026-12-22 15:00\nNext day,Capped,2026-12-23 00:30\n', { dryRun: true });
    assert.deepEqual(dry.body.errors.map((e: { row: number; code: string }) => [e.row, e.code]), [[3, 'daily_cap_reached']]);
    assert.match(dry.body.errors[0].message, /Capped can publish 1 post a day and 2026-12-22 already has 1/);
    // Between the upload and the creation, another post takes the day: scheduling refuses the row.
    const id = (await start('text,channels,time\nFirst,Capped,2026-12-28 09:00\nSecond,Capped,2026-12-29 15:00\n')).body.id;
    const taken = await start('text,channels,time\nOther,Capped,2026-12-29 08:00\n');
    await runImportRows(runCtx(), taken.body.id, 10);
    await runImportRows(runCtx(), id, 10);
    const state = (await owner.get(`${base}/post-imports/${id}`)).body;
    assert.deepEqual([state.createdPosts, state.errors.map((e: { row: number; code: string }) => [e.row, e.code])], [1, [[3, 'variant_invalid']]]);
    assert.match(state.errors[0].message, /Capped: /);
    assert.deepEqual((await postsOf(id)).map((p) => p.text), ['First'], 'the refused row left no post behind');
  });
});
