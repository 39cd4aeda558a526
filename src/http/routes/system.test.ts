import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

describe('health, readiness, metrics and API documents', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('is live and ready when the database answers and migrations are applied', async () => {
    assert.deepEqual((await t.client().get('/healthz')).body, { status: 'ok' });
    const ready = await t.client().get('/readyz');
    assert.equal(ready.status, 200);
    assert.equal(ready.body.backend, t.database.kind);
    assert.equal(ready.body.pendingMigrations, 0);
  });

  it('is not ready while a migration is pending', async () => {
    const [last] = await t.database.query<{ id: number; hash: string; created_at: string }>('select * from drizzle.__drizzle_migrations order by id desc limit 1');
    await t.database.query('delete from drizzle.__drizzle_migrations where id = $1', [last!.id]);
    try {
      const res = await t.client().get('/readyz');
      assert.equal(res.status, 503);
      assert.equal(res.body.pendingMigrations, 1);
    } finally {
      await t.database.query('insert into drizzle.__drizzle_migrations (id, hash, created_at) values ($1, $2, $3)', [last!.id, last!.hash, last!.created_at]);
    }
  });

  it('exposes Prometheus metrics with request counts by route pattern', async () => {
    await t.client().get('/api/v1/setup');
    const res = await t.app.request('/metrics');
    assert.match(res.headers.get('content-type')!, /text\/plain/);
    const text = await res.text();
    assert.match(text, /tandem_http_requests_total\{method="GET",route="\/api\/v1\/setup",status="200"\} \d+/);
    assert.match(text, /tandem_process_resident_memory_bytes/);
  });

  it('publishes an OpenAPI 3.1 document and a reference page that loads nothing from outside', async () => {
    const doc = (await t.client().get('/api/openapi.json')).body;
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/api/v1/workspaces/{workspaceId}/members'].get);
    const page = await (await t.app.request('/api/docs')).text();
    assert.match(page, /\/api\/openapi\.json/);
    assert.doesNotMatch(page, /https?:\/\/(?!localhost)[^"'\s]*\.(js|css)/);
    // Served from memory after the first read: each request still gets the whole script.
    for (let i = 0; i < 2; i++) {
      const bundle = await t.app.request('/api/docs/standalone.js');
      assert.equal(bundle.status, 200);
      assert.equal(bundle.headers.get('content-type'), 'text/javascript');
      assert.ok((await bundle.arrayBuffer()).byteLength > 100_000);
    }
    assert.deepEqual((await t.client().get('/api/openapi.json')).body, doc, 'the cached document is served again');
  });

  it('answers unknown API paths with a problem document', async () => {
    const res = await t.client().get('/api/v1/nope');
    assert.equal(res.status, 404);
    assert.equal(res.body.code, 'not_found');
  });
});
