// The S3 store against a loopback S3, directly and behind the media routes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../../config.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { sampleJpeg } from '../testing/sample-files.ts';
import { s3Storage } from './s3-storage.ts';
import { storageForConfig } from './storage-for-config.ts';
import { startFakeS3, type FakeS3 } from './testing/fake-s3.ts';

const key = `01a231f5-e9a9-77c9-b475-d0b418585382/${'ab'.repeat(32)}`;

describe('S3 media storage', () => {
  let s3: FakeS3;
  let t: TestApp;
  let owner: TestClient;
  let workspaceId: string;
  const env = () => ({ S3_BUCKET: s3.bucket, S3_ENDPOINT: s3.endpoint, S3_REGION: 'eu-west-3', S3_ACCESS_KEY_ID: s3.accessKeyId, S3_SECRET_ACCESS_KEY: s3.secretAccessKey });
  const upload = async (data: Buffer, name: string) => {
    const f = new FormData();
    f.set('file', new File([new Uint8Array(data)], name));
    const res = await t.app.request(`http://localhost/api/v1/workspaces/${workspaceId}/media`, { method: 'POST', body: f, headers: { cookie: owner.cookie!, 'x-csrf-token': owner.csrf! } });
    return { status: res.status, body: (await res.json()) as { id: string; sha256: string; code?: string } };
  };

  before(async () => {
    s3 = await startFakeS3();
    t = await createTestApp({ env: env() });
    ({ owner, workspaceId } = await t.setupOwner());
  });
  after(async () => {
    await t.close();
    await s3.close();
  });

  it('puts, gets and deletes objects by key, and reads a missing one as null', async () => {
    const store = s3Storage(loadConfig(env()).s3!);
    await store.put(key, Buffer.from('hello bytes'));
    assert.equal(s3.objects.get(key)?.toString(), 'hello bytes');
    assert.equal((await store.get(key))?.toString(), 'hello bytes');
    await store.delete(key);
    assert.equal(await store.get(key), null);
    await store.delete(key);
    await assert.rejects(store.put('../../etc/passwd', Buffer.from('x')), /Invalid media storage key/);
  });

  it('is the store of a process with S3_BUCKET set: uploads, serves and deletes through the bucket', async () => {
    assert.ok(t.runtime.config.s3);
    const jpeg = await sampleJpeg(100, 100);
    const up = await upload(jpeg, 'photo.jpg');
    assert.equal(up.status, 201, JSON.stringify(up.body));
    assert.ok(s3.objects.get(`${workspaceId}/${up.body.sha256}`)?.equals(jpeg));
    const content = await t.app.request(`http://localhost/api/v1/workspaces/${workspaceId}/media/${up.body.id}/content`, { headers: { cookie: owner.cookie! } });
    assert.ok(Buffer.from(await content.arrayBuffer()).equals(jpeg));
    assert.equal((await owner.delete(`/api/v1/workspaces/${workspaceId}/media/${up.body.id}`)).status, 204);
    assert.equal(s3.objects.size, 0);
  });

  it('stores no row when the bucket fails, and retries a passing failure', async () => {
    const before = (await owner.get(`/api/v1/workspaces/${workspaceId}/media`)).body.items.length;
    s3.failNext(1);
    assert.equal((await upload(await sampleJpeg(80, 60), 'retried.jpg')).status, 201, 'the SDK retried the 500');
    s3.failNext(10);
    assert.equal((await upload(await sampleJpeg(60, 80), 'lost.jpg')).status, 500);
    s3.failNext(0);
    assert.equal((await owner.get(`/api/v1/workspaces/${workspaceId}/media`)).body.items.length, before + 1);
  });

  it('signs with the configured key: a wrong one is refused', async () => {
    const store = s3Storage({ ...loadConfig(env()).s3!, credentials: { accessKeyId: 'SOMEONEELSE', secretAccessKey: 'x' } });
    await assert.rejects(store.put(key, Buffer.from('x')), /Access Key Id/);
    assert.notEqual(storageForConfig(loadConfig({})), storageForConfig(t.runtime.config));
  });
});
