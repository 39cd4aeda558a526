// Shared set-up for the people route tests: an app, an owner, a Mastodon and a Bluesky channel,
// people made through the real POST /people, and conversations with one incoming message.
import { newId } from '../../core/shared/ids.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { insertTestChannel } from '../../testing/test-channel.ts';

export type PeopleFixture = {
  t: TestApp;
  owner: TestClient;
  workspaceId: string;
  base: string;
  mastodon: string;
  bluesky: string;
  person(displayName: string, extra?: Record<string, unknown>): Promise<{ id: string }>;
  /** A conversation of the person (on Mastodon unless told) holding one incoming message. */
  conversation(personId: string, opts?: { channelId?: string; status?: string; text?: string }): Promise<{ id: string; messageId: string }>;
};

export async function peopleFixture(): Promise<PeopleFixture> {
  const t = await createTestApp();
  const { owner, workspaceId } = await t.setupOwner();
  const base = `/api/v1/workspaces/${workspaceId}`;
  const mastodon = (await insertTestChannel(t.database.db, { workspaceId, network: 'mastodon', displayName: 'Fediverse' })).id;
  const bluesky = (await insertTestChannel(t.database.db, { workspaceId, network: 'bluesky', displayName: 'Sky' })).id;
  return {
    t, owner, workspaceId, base, mastodon, bluesky,
    async person(displayName, extra = {}) {
      return (await owner.post(`${base}/people`, { displayName, ...extra })).body as { id: string };
    },
    async conversation(personId, { channelId = mastodon, status = 'open', text = 'hi' } = {}) {
      const id = newId();
      const messageId = newId();
      await t.database.query(`insert into conversations (id, workspace_id, channel_id, thread_key, hat, status, person_id, last_message_at) values ($1, $2, $3, $4, 'community', $5, $6, now())`, [id, workspaceId, channelId, `thread-${id}`, status, personId]);
      await t.database.query(`insert into messages (id, workspace_id, conversation_id, channel_id, kind, person_id, text, occurred_at) values ($1, $2, $3, $4, 'in', $5, $6, now())`, [messageId, workspaceId, id, channelId, personId, text]);
      return { id, messageId };
    },
  };
}
