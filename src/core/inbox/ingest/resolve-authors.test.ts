// The harness (the app, hence @hono/zod-openapi) loads before the inbox modules whose schemas it extends.
import { startIngestHarness, type IngestHarness } from './testing/ingest-harness.ts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { insertTestChannel } from '../../../testing/test-channel.ts';
import { addIdentity } from '../../people/identities.ts';
import { updatePerson } from '../../people/people.ts';
import { systemActor, type WorkspaceCtx } from '../../shared/context.ts';
import { ingestChannel } from './ingest-channel.ts';
import { inboxItem } from './testing/scripted-inbox.ts';

type Person = { id: string; display_name: string; email: string | null; avatar_url: string | null; manual_fields: string[] };
type Identity = { person_id: string; handle: string; display_name: string | null; email: string | null; profile_urls: string[] };

describe('resolving the authors of inbox items to people', () => {
  let h: IngestHarness;
  let wctx: WorkspaceCtx;
  before(async () => {
    h = await startIngestHarness();
    wctx = { ...h.ctx, workspaceId: h.workspaceId, role: 'owner', actor: systemActor('test') };
  });
  after(() => h.close());

  const ingest = (...items: ReturnType<typeof inboxItem>[]) => {
    h.inbox.items.push(...items);
    return ingestChannel(h.ctx, h.channelId);
  };
  const identity = async (externalId: string) => (await h.rows<Identity>('select * from identities where external_id = $1', [externalId]))[0]!;
  const person = async (id: string) => (await h.rows<Person>('select * from people where id = $1', [id]))[0]!;

  it('creates one person per new author with what the network shows, and reuses it on every later page and channel of that network', async () => {
    const ada = { externalId: 'ada', handle: 'ada@example.social', displayName: 'Ada', avatarUrl: 'https://example.social/ada.png', profileUrls: ['https://example.social/@ada', 'https://ada.dev'] };
    await ingest(inboxItem('ada', { author: ada }), inboxItem('ada', { author: ada }));
    const first = await identity('ada');
    assert.deepEqual({ handle: first.handle, name: first.display_name, urls: first.profile_urls }, { handle: 'ada@example.social', name: 'Ada', urls: ['https://example.social/@ada', 'https://ada.dev'] });
    const p = await person(first.person_id);
    assert.deepEqual({ name: p.display_name, avatar: p.avatar_url, manual: p.manual_fields }, { name: 'Ada', avatar: 'https://example.social/ada.png', manual: [] });

    await ingest(inboxItem('ada', { author: ada }));
    const other = await insertTestChannel(h.ctx.db, { workspaceId: h.workspaceId, network: 'scripted', displayName: 'Second account' });
    h.inbox.items.push(inboxItem('ada', { author: ada, externalId: 'on-the-other-channel' }));
    await ingestChannel(h.ctx, other.id);
    assert.equal(await h.count('people'), 1);
    assert.equal(await h.count('identities'), 1);
    const people = await h.rows<{ person_id: string }>('select distinct person_id from messages');
    assert.deepEqual(people.map((r) => r.person_id), [first.person_id]);
  });

  it('follows the network for fields nobody edited, and never overwrites a field edited by hand', async () => {
    const { person_id: id } = await identity('ada');
    await updatePerson(wctx, id, { displayName: 'Ada Lovelace' });
    await ingest(inboxItem('ada', { author: { externalId: 'ada', handle: 'ada@new.social', displayName: 'ada (away)', avatarUrl: 'https://new.social/ada.png', email: 'ada@example.com' } }));
    const p = await person(id);
    assert.deepEqual({ name: p.display_name, avatar: p.avatar_url, email: p.email }, { name: 'Ada Lovelace', avatar: 'https://new.social/ada.png', email: 'ada@example.com' });
    const i = await identity('ada');
    assert.deepEqual({ handle: i.handle, name: i.display_name, email: i.email }, { handle: 'ada@new.social', name: 'ada (away)', email: 'ada@example.com' }, 'the identity always says what the network says');
  });

  it('a person with identities on several networks only has empty fields filled', async () => {
    await ingest(inboxItem('bob', { author: { externalId: 'bob', handle: 'bob@example.social', displayName: 'Bob' } }));
    const { person_id: id } = await identity('bob');
    await addIdentity(wctx, id, { network: 'bluesky', externalId: 'did:plc:bob', handle: 'bob.bsky.social' });
    await ingest(inboxItem('bob', { author: { externalId: 'bob', handle: 'bob@example.social', displayName: 'Robert', email: 'bob@example.com', avatarUrl: 'https://example.social/bob.png' } }));
    const p = await person(id);
    assert.deepEqual({ name: p.display_name, email: p.email, avatar: p.avatar_url }, { name: 'Bob', email: 'bob@example.com', avatar: 'https://example.social/bob.png' });
  });

  it('an identity another writer stores while a page is being ingested is used, and the person made for it is removed', { skip: !process.env.DATABASE_URL && 'needs two connections (PostgreSQL)' }, async () => {
    const other = new pg.Client({ connectionString: h.t.database.databaseUrl });
    await other.connect();
    try {
      // The webhook receiver (say) has stored cy's identity but not committed yet.
      await other.query('begin');
      const [{ id: theirs }] = (await other.query<{ id: string }>(`insert into people (id, workspace_id, display_name) values (gen_random_uuid(), $1, 'Cy (theirs)') returning id`, [h.workspaceId])).rows as [{ id: string }];
      await other.query(`insert into identities (id, workspace_id, person_id, network, external_id, handle) values (gen_random_uuid(), $1, $2, 'scripted', 'cy', 'cy')`, [h.workspaceId, theirs]);
      const running = ingest(inboxItem('cy', { externalId: 'cy-1' }));
      // Ingestion now waits on the identity's unique key; let it, then commit the other writer.
      await new Promise((r) => setTimeout(r, 300));
      await other.query('commit');
      assert.equal((await running).stored, 1);
      const [message] = await h.rows<{ person_id: string }>(`select person_id from messages where external_id = 'cy-1'`);
      assert.equal(message!.person_id, theirs);
      const orphans = await h.rows('select p.id from people p where p.workspace_id = $1 and not exists (select 1 from identities i where i.person_id = p.id)', [h.workspaceId]);
      assert.deepEqual(orphans, []);
    } finally {
      await other.end();
    }
  });
});
