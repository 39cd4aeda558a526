import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { sampleIsoBmff, sampleJpeg, sampleMp4WithSize, samplePng, sampleWebm } from '../../core/media/testing/sample-files.ts';
import { storageForConfig } from '../../core/media/storage/storage-for-config.ts';
import { uploadMedia } from '../../core/media/upload-media.ts';
import { systemActor } from '../../core/shared/context.ts';
import { newId } from '../../core/shared/ids.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { insertTestChannel } from '../../testing/test-channel.ts';

const MAX = 300_000;

describe('media routes', () => {
  let t: TestApp;
  let owner: TestClient;
  let approver: TestClient;
  let workspaceId: string;
  let base: string;
  let uploads: string;

  /** Sends a multipart or raw upload with the client's session, as the web app's fetch does. */
  async function send(client: TestClient, body: FormData | Buffer, opts: { query?: string; type?: string } = {}) {
    const headers: Record<string, string> = { 'x-forwarded-for': '203.0.113.9', cookie: client.cookie!, 'x-csrf-token': client.csrf! };
    if (!(body instanceof FormData)) headers['content-type'] = opts.type ?? 'application/octet-stream';
    const res = await t.app.request(`http://localhost${base}/media${opts.query ?? ''}`, { method: 'POST', headers, body: body instanceof FormData ? body : new Uint8Array(body) });
    return { status: res.status, body: (await res.json()) as any };
  }
  const form = (data: Buffer, name: string, type = 'application/octet-stream', altText?: string) => {
    const f = new FormData();
    f.set('file', new File([new Uint8Array(data)], name, { type }));
    if (altText) f.set('altText', altText);
    return f;
  };
  const storedFiles = () => (fs.existsSync(path.join(uploads, workspaceId)) ? fs.readdirSync(path.join(uploads, workspaceId)) : []);
  const rowCount = async () => Number((await t.database.query<{ n: string }>('select count(*) as n from media where workspace_id = $1', [workspaceId]))[0]!.n);

  before(async () => {
    t = await createTestApp({ env: { MEDIA_MAX_BYTES: String(MAX) } });
    ({ owner, workspaceId } = await t.setupOwner());
    ({ client: approver } = await t.addMember(owner, workspaceId, 'client@example.com', 'approver'));
    base = `/api/v1/workspaces/${workspaceId}`;
    uploads = path.join(t.runtime.config.dataDir, 'uploads');
  });
  after(() => t.close());

  it('stores an image by its SHA-256 under the workspace, with its type read from the bytes and its size', async () => {
    const jpeg = await sampleJpeg(640, 480);
    const res = await send(owner, form(jpeg, 'C:\\Users\\me\\holiday.png', 'image/png', 'The beach at dawn'));
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.mimeType, 'image/jpeg', 'a JPEG named .png is a JPEG');
    assert.deepEqual([res.body.fileName, res.body.width, res.body.height, res.body.bytes, res.body.altText], ['holiday.png', 640, 480, jpeg.length, 'The beach at dawn']);
    assert.equal(res.body.url, `${base}/media/${res.body.id}/content`);
    assert.equal(res.body.storageKey, undefined);
    assert.ok(Buffer.from(fs.readFileSync(path.join(uploads, workspaceId, res.body.sha256))).equals(jpeg));
    const audit = await owner.get(`${base}/audit?action=media.upload`);
    assert.equal(audit.body.items[0].targetId, res.body.id);
  });

  it('records the upright size of a photo turned by EXIF', async () => {
    const turned = await sharp({ create: { width: 300, height: 100, channels: 3, background: '#ccc' } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const res = await send(owner, form(turned, 'phone.jpg'));
    assert.deepEqual([res.body.width, res.body.height], [100, 300]);
  });

  it('takes MP4, QuickTime and WebM as raw bodies with ?fileName=', async () => {
    const cases = [[sampleIsoBmff('isom'), 'clip.bin', 'video/mp4'], [sampleIsoBmff('qt  '), 'clip.mov', 'video/quicktime'], [sampleWebm(), 'clip.webm', 'video/webm']] as const;
    for (const [data, name, type] of cases) {
      const res = await send(owner, data, { query: `?fileName=${name}`, type: 'video/anything' });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.deepEqual([res.body.mimeType, res.body.fileName, res.body.width], [type, name, null]);
    }
    const sized = await send(owner, sampleMp4WithSize(1280, 720, 9.5), { query: '?fileName=trailer.mp4' });
    assert.deepEqual([sized.body.mimeType, sized.body.width, sized.body.height, sized.body.durationSeconds], ['video/mp4', 1280, 720, 9.5]);
  });

  it('refuses what is not an image or a video, too big, empty or nameless, and leaves no file or row behind', async () => {
    const files = storedFiles().length;
    const rows = await rowCount();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    const refusals = [
      [await send(owner, form(Buffer.from('just some text, honestly'), 'photo.jpg', 'image/jpeg')), 400, 'media_invalid'],
      [await send(owner, form(svg, 'logo.svg', 'image/svg+xml')), 400, 'media_invalid'],
      [await send(owner, form(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), 'doc.jpg')), 400, 'media_invalid'],
      [await send(owner, form(Buffer.alloc(0), 'empty.jpg')), 400, 'media_invalid'],
      [await send(owner, await samplePng(), { type: 'image/png' }), 400, 'media_invalid'],
      [await send(owner, Buffer.alloc(MAX + 1, 1), { query: '?fileName=big.mp4' }), 413, 'media_too_large'],
      [await send(owner, form(Buffer.concat([sampleIsoBmff(), Buffer.alloc(MAX)]), 'big.mp4')), 413, 'media_too_large'],
      [await owner.post(`${base}/media`, { file: 'not a file' }), 400, 'media_invalid'],
    ] as const;
    for (const [res, status, code] of refusals) assert.deepEqual([res.status, res.body.code], [status, code], JSON.stringify(res.body));
    assert.match(refusals[0][0].body.detail, /not a file Tandem recognises/);
    assert.match(refusals[5][0].body.detail, /300 KB/);
    assert.equal(storedFiles().length, files);
    assert.equal(await rowCount(), rows);
  });

  it('removes the stored bytes again when the row cannot be written', async () => {
    const png = await samplePng(123, 45);
    const disk = storageForConfig(t.runtime.config);
    const puts: string[] = [];
    const mediaStorage = { ...disk, put: async (key: string, data: Buffer) => void (puts.push(key), await disk.put(key, data)) };
    // A workspace that does not exist: the bytes are stored, then the row's foreign key fails.
    const ctx = { db: t.database.db, clock: t.runtime.clock, actor: systemActor('test'), workspaceId: newId(), role: 'owner' as const, mediaStorage };
    await assert.rejects(uploadMedia(ctx, { fileName: 'x.png', data: png, maxBytes: MAX }), (e: Error) => /foreign key/.test(String((e.cause as Error | undefined)?.message)));
    assert.equal(puts.length, 1);
    assert.equal(await disk.get(puts[0]!), null);
  });

  it('lists, shows and serves media to an approver, who may not upload or edit', async () => {
    const png = await samplePng();
    const up = (await send(owner, form(png, 'badge.png'))).body;
    const list = await approver.get(`${base}/media?limit=2`);
    assert.equal(list.status, 200);
    assert.equal(list.body.items[0].id, up.id);
    assert.ok(list.body.nextCursor);
    assert.equal((await approver.get(`${base}/media/${up.id}`)).body.mimeType, 'image/png');
    const content = await t.app.request(`http://localhost${base}/media/${up.id}/content`, { headers: { cookie: approver.cookie! } });
    assert.equal(content.status, 200);
    assert.equal(content.headers.get('content-type'), 'image/png');
    assert.equal(content.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(Buffer.from(await content.arrayBuffer()).equals(png));
    const again = await t.app.request(`http://localhost${base}/media/${up.id}/content`, { headers: { cookie: approver.cookie!, 'if-none-match': content.headers.get('etag')! } });
    assert.equal(again.status, 304);
    assert.equal((await send(approver, form(png, 'badge.png'))).status, 403);
    assert.equal((await approver.patch(`${base}/media/${up.id}`, { altText: 'nope' })).status, 403);
    assert.equal((await approver.get(`${base}/media/${newId()}`)).status, 404);
  });

  it('edits the default alt text, audited', async () => {
    const up = (await send(owner, form(await samplePng(), 'a.png'))).body;
    const res = await owner.patch(`${base}/media/${up.id}`, { altText: '  A team photo  ' });
    assert.deepEqual([res.status, res.body.altText], [200, 'A team photo']);
    assert.equal((await owner.patch(`${base}/media/${up.id}`, { altText: null })).body.altText, null);
    const audit = await owner.get(`${base}/audit?action=media.update`);
    assert.deepEqual(audit.body.items.map((e: { after: { altText: string | null } }) => e.after.altText), [null, 'A team photo']);
  });

  it('refuses to delete media a scheduled post uses, and keeps bytes another upload still holds', async () => {
    const jpeg = await sampleJpeg(320, 320);
    const first = (await send(owner, form(jpeg, 'one.jpg'))).body;
    const twin = (await send(owner, form(jpeg, 'two.jpg'))).body;
    assert.equal(first.sha256, twin.sha256);
    const channelId = (await insertTestChannel(t.database.db, { workspaceId, network: 'mastodon' })).id;
    const postId = newId();
    const targetId = newId();
    await t.database.query(`insert into posts (id, workspace_id, text, media, state) values ($1, $2, 'With a photo', $3, 'scheduled')`, [postId, workspaceId, JSON.stringify([{ mediaId: first.id }])]);
    await t.database.query(`insert into post_targets (id, workspace_id, post_id, channel_id, idempotency_key, state, scheduled_at) values ($1, $2, $3, $4, $5, 'scheduled', now() + interval '1 day')`, [targetId, workspaceId, postId, channelId, `k-${targetId}`]);
    const refused = await owner.delete(`${base}/media/${first.id}`);
    assert.deepEqual([refused.status, refused.body.code, refused.body.postIds], [409, 'conflict', [postId]]);

    await t.database.query(`update post_targets set state = 'cancelled' where id = $1`, [targetId]);
    assert.equal((await owner.delete(`${base}/media/${first.id}`)).status, 204);
    assert.equal((await owner.get(`${base}/media/${first.id}`)).status, 404);
    assert.ok(storedFiles().includes(first.sha256), 'the twin still needs the bytes');
    assert.equal((await t.app.request(`http://localhost${base}/media/${twin.id}/content`, { headers: { cookie: owner.cookie! } })).status, 200);
    assert.equal((await owner.delete(`${base}/media/${twin.id}`)).status, 204);
    assert.ok(!storedFiles().includes(first.sha256), 'the last upload of those bytes took them along');
    const audit = await owner.get(`${base}/audit?action=media.delete`);
    assert.equal(audit.body.items.length, 2);
  });

  it('refuses deleting media used in a thread part of a scheduled post', async () => {
    const up = (await send(owner, form(await samplePng(64, 64), 'thread.png'))).body;
    const channelId = (await insertTestChannel(t.database.db, { workspaceId, network: 'mastodon' })).id;
    const postId = newId();
    const targetId = newId();
    await t.database.query(`insert into posts (id, workspace_id, text, thread, state) values ($1, $2, 'Thread', $3, 'scheduled')`, [postId, workspaceId, JSON.stringify([{ text: 'part 2', mediaIds: [up.id] }])]);
    await t.database.query(`insert into post_targets (id, workspace_id, post_id, channel_id, idempotency_key, state, media) values ($1, $2, $3, $4, $5, 'publishing', '[]')`, [targetId, workspaceId, postId, channelId, `k-${targetId}`]);
    assert.equal((await owner.delete(`${base}/media/${up.id}`)).status, 409);
  });
});
