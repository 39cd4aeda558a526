// Inbox list and person timeline latency in a workspace of 1M conversations and 10M activities
// (bench/inbox-scale-data.ts), on PostgreSQL. Each figure is the p95 of the use-case the API
// calls (listConversations, getTimeline) over repeated runs after a warm-up; the issue bounds it
// at 50 ms. For scale, a baseline runs in the same process: one conversation read by primary key.
import { listConversations, type ListConversationsInput } from '../src/core/inbox/conversations/list-conversations.ts';
import { getTimeline } from '../src/core/people/timeline.ts';
import { systemClock, type WorkspaceCtx } from '../src/core/shared/context.ts';
import { openDatabase, type Database } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { benchId, loadScaleWorkspace, sizes } from './inbox-scale-data.ts';
import { tempDir } from './lib/cleanup.ts';
import { createThrowawayDb } from './lib/postgres.ts';
import { fmt, progress, type Figure } from './lib/report.ts';

const runs = { warmUp: 20, measured: 200 };
const limitMs = 50;

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
}

async function measure(label: string, run: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < runs.warmUp; i++) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < runs.measured; i++) {
    const started = performance.now();
    await run(i);
    samples.push(performance.now() - started);
  }
  const value = p95(samples);
  progress(`${label}: p95 ${value.toFixed(1)} ms`);
  return value;
}

export async function inboxQueriesBench(): Promise<Figure[]> {
  const throwaway = await createThrowawayDb();
  const tmp = tempDir('tandem-bench-inbox-');
  let database: Database | undefined;
  try {
    database = await openDatabase({ databaseUrl: throwaway.url, dataDir: tmp.dir });
    await applyMigrations(database);
    const started = performance.now();
    const ws = await loadScaleWorkspace(database);
    progress(`inbox data loaded in ${Math.round((performance.now() - started) / 1000)} s`);
    const me = ws.memberIds[1]!;
    const ctx: WorkspaceCtx = { db: database.db, clock: systemClock, actor: { type: 'user', id: me, label: 'Member 1' }, workspaceId: ws.workspaceId, role: 'community_manager' };
    const db = database;

    const views: [string, Omit<ListConversationsInput, 'limit'>][] = [
      ['all open', { status: 'open' }],
      ['mine, open', { status: 'open', assignee: 'me' }],
      ['unassigned, open', { status: 'open', assignee: 'unassigned' }],
      ['community hat, open', { status: 'open', hat: 'community' }],
      ['negative, open', { status: 'open', sentiment: 'negative' }],
      ['tag billing, any status', { tag: 'billing' }],
      ['a channel, any status', { channelId: ws.channelIds[2]! }],
      ['resolved', { status: 'resolved' }],
    ];
    const figures: Figure[] = [];
    const baseline = await measure('primary-key read', (i) => db.query(`select * from conversations where id = ${benchId('conversation', (i * 7919) % sizes.conversations)}`));
    const baselineText = `${baseline.toFixed(1)} ms p95 primary-key read`;
    const scaleNote = `${fmt(sizes.conversations)} conversations, ${fmt(sizes.activities)} activities`;
    for (const [label, view] of views) {
      // The first page, then the third (following cursors), as someone scrolling the list does.
      const first = await measure(`inbox list, ${label}`, () => listConversations(ctx, { ...view, limit: 50 }));
      figures.push({ figure: `Inbox list p95, ${label}, 50 per page (${scaleNote})`, value: `${first.toFixed(1)} ms`, baseline: baselineText, below: { measured: first, limit: limitMs, unit: 'ms' } });
    }
    const scrolled = await measure('inbox list, all open, third page', async () => {
      let cursor: string | undefined;
      for (let page = 0; page < 3; page++) cursor = (await listConversations(ctx, { status: 'open', limit: 50, ...(cursor ? { cursor } : {}) })).nextCursor ?? undefined;
    });
    // Three pages in a row, as one measurement; the figure is per page.
    figures.push({ figure: `Inbox list p95, all open, pages 1-3 in turn, per page`, value: `${(scrolled / 3).toFixed(1)} ms`, baseline: baselineText, below: { measured: scrolled / 3, limit: limitMs, unit: 'ms' } });

    const personIds = (await db.query<{ id: string }>(`select ${benchId('person', `(i * 104729) % ${sizes.people}`)}::text as id from generate_series(0, 219) i`)).map((r) => r.id);
    const timeline = await measure('person timeline, first page', (i) => getTimeline(ctx, personIds[i % personIds.length]!, { limit: 50 }));
    figures.push({ figure: `Person timeline p95, first page of 50 (~${Math.round(sizes.activities / sizes.people)} activities each)`, value: `${timeline.toFixed(1)} ms`, baseline: baselineText, below: { measured: timeline, limit: limitMs, unit: 'ms' } });
    return figures;
  } finally {
    await database?.close();
    await throwaway.drop();
    await tmp.remove();
  }
}
