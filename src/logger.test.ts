import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { createLogger } from './logger.ts';
import { createTestApp, testPassword } from './testing/test-app.ts';

describe('logs', () => {
  it('redact credentials wherever a caller puts them', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _e, cb) => (lines.push(String(chunk)), cb()) });
    const log = createLogger('info', sink as never);
    log.info({ password: 'p4ss', body: { token: 't0k', secret: 's3c', credentials: { a: 1 } }, req: { headers: { authorization: 'Bearer tdm_x', cookie: 'tandem_session=y' } } }, 'x');
    const out = lines.join('');
    for (const secret of ['p4ss', 't0k', 's3c', 'tdm_x', 'tandem_session=y', '"a":1']) assert.ok(!out.includes(secret), `${secret} leaked: ${out}`);
  });

  it('carry no secret through a whole sign-in, invitation and token flow', async () => {
    const t = await createTestApp({ env: { LOG_LEVEL: 'debug' } });
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _e, cb) => (lines.push(String(chunk)), cb()) });
    t.runtime.logger = createLogger('debug', sink as never);
    try {
      const { owner, workspaceId } = await t.setupOwner();
      const token = await owner.post(`/api/v1/workspaces/${workspaceId}/tokens`, { name: 'x', role: 'analyst' });
      const inv = await owner.post(`/api/v1/workspaces/${workspaceId}/invitations`, { email: 'a@example.com', role: 'analyst' });
      await t.client().post('/api/v1/auth/login', { email: 'owner@example.com', password: testPassword });
      const out = lines.join('');
      assert.ok(lines.length >= 4, 'requests were logged');
      for (const secret of [testPassword, token.body.secret, new URL(inv.body.link).hash.slice(1), owner.cookie!.split('=')[1]!]) {
        assert.ok(!out.includes(secret), 'a secret reached the log');
      }
    } finally {
      await t.close();
    }
  });
});
