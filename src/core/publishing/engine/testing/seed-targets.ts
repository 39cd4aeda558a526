// Posts with scheduled targets inserted straight into the database, for the engine's tests and
// bench: one workspace, some channels on the publish network, one target per (post, channel),
// all due at `dueAt`. Bulk SQL, so that 10,000 targets take well under a second.
import type { Database } from '../../../../db/client.ts';

export type SeedInput = {
  network: string;
  baseUrl: string;
  host: string;
  posts: number;
  channels?: number;
  dueAt: Date;
  thread?: { text: string; mediaIds: string[] }[];
  firstComment?: string;
};

export type Seeded = { workspaceId: string; channelIds: string[]; postIds: string[]; targetIds: string[] };

export async function seedTargets(database: Database, input: SeedInput): Promise<Seeded> {
  const [ws] = await database.query<{ id: string }>(`insert into workspaces (id, name) values (gen_random_uuid(), 'Engine test') returning id`);
  const workspaceId = ws!.id;
  const config = JSON.stringify({ baseUrl: input.baseUrl, allowHosts: [input.host] });
  const channels = await database.query<{ id: string }>(
    `insert into channels (id, workspace_id, network, display_name, config) select gen_random_uuid(), $1, $2, 'Channel ' || n, $3::jsonb from generate_series(1, $4::int) n returning id`,
    [workspaceId, input.network, config, input.channels ?? 1],
  );
  const posts = await database.query<{ id: string }>(
    `insert into posts (id, workspace_id, state, text, thread, first_comment, scheduled_at) select gen_random_uuid(), $1, 'scheduled', 'Post number ' || n, $2::jsonb, $3, $4 from generate_series(1, $5::int) n returning id`,
    [workspaceId, JSON.stringify(input.thread ?? []), input.firstComment ?? null, input.dueAt.toISOString(), input.posts],
  );
  const targets = await database.query<{ id: string }>(
    `insert into post_targets (id, workspace_id, post_id, channel_id, idempotency_key, state, scheduled_at)
     select gen_random_uuid(), $1, p, c, 'tandem-' || gen_random_uuid(), 'scheduled', $2 from unnest($3::uuid[]) p cross join unnest($4::uuid[]) c returning id`,
    [workspaceId, input.dueAt.toISOString(), posts.map((p) => p.id), channels.map((c) => c.id)],
  );
  return { workspaceId, channelIds: channels.map((c) => c.id), postIds: posts.map((p) => p.id), targetIds: targets.map((t) => t.id) };
}

export type TargetRow = { id: string; state: string; attempts: number; external_id: string | null; part_ids: string[]; error_kind: string | null; error_reason: string | null; outcome_unknown_since: Date | null; idempotency_key: string; scheduled_at: Date };

export async function readTarget(database: Database, id: string): Promise<TargetRow> {
  const [row] = await database.query<TargetRow>('select * from post_targets where id = $1', [id]);
  return row!;
}
