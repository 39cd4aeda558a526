// The HTTP baselines, run as their own process like Tandem. `/` is a bare Hono hello-world on the
// same server adapter Tandem uses (the baseline of the issue). With DATABASE_URL set, `/people`
// answers the same list with raw `pg` and the same two queries Tandem makes (token look-up, one
// page of people): what the database round trips alone cost, without Tandem's layers.
import { createHash } from 'node:crypto';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import pg from 'pg';

const app = new Hono().get('/', (c) => c.text('Hello Hono!'));

if (process.env.DATABASE_URL) {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  app.get('/people', async (c) => {
    const secret = /^Bearer (\S+)$/.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
    const hash = createHash('sha256').update(secret).digest('hex');
    const token = await pool.query('select id, workspace_id from api_tokens where token_hash = $1 and revoked_at is null and (expires_at is null or expires_at > now())', [hash]);
    const ws = token.rows[0]?.workspace_id;
    if (!ws) return c.json({ error: 'unauthenticated' }, 401);
    const rows = await pool.query('select * from people where workspace_id = $1 order by created_at desc, id desc limit 51', [ws]);
    return c.json({ items: rows.rows.slice(0, 50), nextCursor: null });
  });
}

serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
