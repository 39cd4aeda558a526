// Shared set-up for the workflow route tests: an app on a clock the test moves, an owner, channels
// with the limits a test wants, and posts composed through the real POST /posts.
import type { AccountLimits } from '../../connectors/sdk/limits.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { insertTestChannel } from '../../testing/test-channel.ts';

export const plainLimits: AccountLimits = { text: { maxLength: 500, countingRule: 'code-points' }, media: null, dailyPublishCap: null, rateLimits: [] };

export type WorkflowFixture = {
  t: TestApp;
  owner: TestClient;
  ownerId: string;
  workspaceId: string;
  base: string;
  clock: { now(): Date; set(iso: string): void };
  channel(name: string, limits?: Partial<AccountLimits>): Promise<string>;
  compose(channelIds: string[], text?: string): Promise<string>;
  userId(email: string): Promise<string>;
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
};

export async function workflowFixture(startAt = '2026-03-20T12:00:00Z'): Promise<WorkflowFixture> {
  let now = new Date(startAt);
  const clock = { now: () => now, set: (iso: string) => void (now = new Date(iso)) };
  const t = await createTestApp({ clock });
  const { owner, workspaceId, userId: ownerId } = await t.setupOwner();
  const base = `/api/v1/workspaces/${workspaceId}`;
  const sql = <T,>(text: string, params: unknown[] = []) => t.database.query<T>(text, params);
  return {
    t, owner, ownerId, workspaceId, base, clock, sql,
    async channel(name, limits = {}) {
      const id = (await insertTestChannel(t.database.db, { workspaceId, network: 'mastodon', displayName: name })).id;
      await sql('update channels set limits = $2 where id = $1', [id, JSON.stringify({ ...plainLimits, ...limits })]);
      return id;
    },
    async compose(channelIds, text = 'Hello from the workflow') {
      const res = await owner.post(`${base}/posts`, { text, targets: channelIds.map((channelId) => ({ channelId })) });
      if (res.status !== 201) throw new Error(`compose failed: ${JSON.stringify(res.body)}`);
      return res.body.id;
    },
    async userId(email) {
      const [row] = await sql<{ id: string }>('select id from users where lower(email) = lower($1)', [email]);
      return row!.id;
    },
  };
}
