// A workspace the size the inbox must stay fast at: 1M conversations (each with its opening
// message) and 10M activities over 200,000 people on 5 channels, 10 members. Rows are made by
// PostgreSQL itself (insert ... select from generate_series), with the activity indexes built
// after the load, as a bulk loader would do; ids are derived from the row number (md5 -> uuid) so
// that rows can point at each other without a round trip. Scale with BENCH_INBOX_SCALE (0.01 for a
// quick look).
import type { Database } from '../src/db/client.ts';
import { progress } from './lib/report.ts';

export const scale = Number(process.env.BENCH_INBOX_SCALE ?? 1);
export const sizes = {
  people: Math.round(200_000 * scale),
  conversations: Math.round(1_000_000 * scale),
  activities: Math.round(10_000_000 * scale),
  channels: 5,
  members: 10,
};

/** The uuid of row `i` of a kind, the same in SQL and in TypeScript. */
export const benchId = (kind: string, i: number | string) => `md5('${kind}' || ${i})::uuid`;

export type ScaleWorkspace = { workspaceId: string; memberIds: string[]; channelIds: string[] };

const timedStep = async (database: Database, label: string, sql: string) => {
  const started = performance.now();
  await database.query(sql);
  progress(`inbox data: ${label} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
};

export async function loadScaleWorkspace(database: Database): Promise<ScaleWorkspace> {
  const { people, conversations, activities, channels, members } = sizes;
  const ws = `md5('workspace')::uuid`;
  await database.query(`insert into workspaces (id, name) values (${ws}, 'Inbox bench')`);
  await database.query(`insert into users (id, email, name, password_hash)
    select ${benchId('user', 'i')}, 'member' || i || '@bench.test', 'Member ' || i, 'x' from generate_series(0, ${members - 1}) i`);
  await database.query(`insert into memberships (id, workspace_id, user_id, role, hat)
    select ${benchId('membership', 'i')}, ${ws}, ${benchId('user', 'i')}, 'community_manager', case when i % 2 = 0 then 'community' else 'social' end
    from generate_series(0, ${members - 1}) i`);
  await database.query(`insert into channels (id, workspace_id, network, display_name, inbox_hat)
    select ${benchId('channel', 'i')}, ${ws}, (array['bluesky','mastodon','discord','telegram','email'])[i + 1], 'Channel ' || i,
      case when i >= 2 then 'community' else 'social' end
    from generate_series(0, ${channels - 1}) i`);
  await timedStep(database, `${people} people`, `insert into people (id, workspace_id, display_name, tags, created_at)
    select ${benchId('person', 'i')}, ${ws}, 'Person ' || i, case when i % 20 = 0 then array['vip'] else '{}'::text[] end,
      now() - (i || ' seconds')::interval
    from generate_series(0, ${people - 1}) i`);
  await timedStep(database, `${people} identities`, `insert into identities (id, workspace_id, person_id, network, external_id, handle)
    select ${benchId('identity', 'i')}, ${ws}, ${benchId('person', 'i')}, (array['bluesky','mastodon','discord','telegram','email'])[i % ${channels} + 1],
      'ext-' || i, 'person' || i
    from generate_series(0, ${people - 1}) i`);
  // Most conversations are resolved, as in a real inbox after a year or two; the live views are the
  // open, pending and snoozed tenth.
  await timedStep(database, `${conversations} conversations`, `insert into conversations (id, workspace_id, channel_id, thread_key, hat, status, priority,
      assignee_id, person_id, tags, sentiment, unread_count, last_message_at, last_inbound_at, created_at, updated_at)
    select ${benchId('conversation', 'i')}, ${ws}, ${benchId('channel', `i % ${channels}`)}, 'bench:' || i,
      case when i % ${channels} >= 2 then 'community' else 'social' end,
      case when i % 100 < 8 then 'open' when i % 100 < 12 then 'pending' when i % 100 < 13 then 'snoozed' else 'resolved' end,
      (array['none','none','none','low','normal','high','urgent'])[i % 7 + 1],
      case when i % 4 = 0 then null else ${benchId('user', `i % ${members}`)} end,
      ${benchId('person', `i % ${people}`)},
      case when i % 50 = 0 then array['billing'] when i % 77 = 0 then array['bug'] else '{}'::text[] end,
      (array['positive','neutral','neutral','negative'])[i % 4 + 1],
      case when i % 100 < 8 then i % 3 else 0 end,
      now() - ((${conversations} - i) * 60 || ' seconds')::interval,
      now() - ((${conversations} - i) * 60 || ' seconds')::interval,
      now() - ((${conversations} - i) * 60 + 300 || ' seconds')::interval,
      now()
    from generate_series(0, ${conversations - 1}) i`);
  await timedStep(database, `${conversations} messages`, `insert into messages (id, workspace_id, conversation_id, channel_id, kind, external_id, person_id,
      author_handle, text, sentiment, language, occurred_at)
    select ${benchId('message', 'i')}, ${ws}, ${benchId('conversation', 'i')}, ${benchId('channel', `i % ${channels}`)}, 'in', 'msg-' || i,
      ${benchId('person', `i % ${people}`)}, 'person' || (i % ${people}),
      'Hello, message number ' || i || ': where is my order? It was due last week.', 'neutral', 'en',
      now() - ((${conversations} - i) * 60 || ' seconds')::interval
    from generate_series(0, ${conversations - 1}) i`);
  await loadActivities(database, ws, activities, people, channels);
  await timedStep(database, 'analyze', 'analyze');
  const memberIds = (await database.query<{ id: string }>(`select ${benchId('user', 'i')}::text as id from generate_series(0, ${members - 1}) i`)).map((r) => r.id);
  const channelIds = (await database.query<{ id: string }>(`select ${benchId('channel', 'i')}::text as id from generate_series(0, ${channels - 1}) i`)).map((r) => r.id);
  const [w] = await database.query<{ id: string }>(`select ${ws}::text as id`);
  return { workspaceId: w!.id, memberIds, channelIds };
}

// 10M rows: drop the activity indexes, load in chunks, then build the same indexes again.
async function loadActivities(database: Database, ws: string, n: number, people: number, channels: number) {
  const indexes = await database.query<{ name: string; def: string }>(
    `select indexname as name, indexdef as def from pg_indexes where tablename = 'activities' and indexname <> 'activities_pkey'`,
  );
  for (const ix of indexes) await database.query(`drop index ${ix.name}`);
  const chunk = 1_000_000;
  for (let from = 0; from < n; from += chunk) {
    const to = Math.min(n, from + chunk) - 1;
    await timedStep(database, `activities ${from}-${to}`, `insert into activities (id, workspace_id, person_id, channel_id, type, external_id, occurred_at, data)
      select ${benchId('activity', 'i')}, ${ws}, ${benchId('person', `i % ${people}`)}, ${benchId('channel', `i % ${channels}`)},
        (array['mentioned','replied','commented','messaged','reacted'])[i % 5 + 1], 'act-' || i,
        now() - ((${n} - i) * 6 || ' seconds')::interval,
        jsonb_build_object('text', 'Activity ' || i || ' about the spring launch', 'kind', 'reply')
      from generate_series(${from}, ${to}) i`);
  }
  for (const ix of indexes) await timedStep(database, `index ${ix.name}`, ix.def);
}
