// POST /inbox/refresh: the workspace's channels are read now. The test app has no job queue, so
// the request reads them itself: a mention written on the fake Mastodon instance is in the inbox
// when the answer comes back, and a second refresh stores nothing twice.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startReplyHarness, type ReplyHarness } from '../../core/inbox/replies/testing/reply-harness.ts';

describe('inbox refresh API', () => {
  let h: ReplyHarness;
  let base: string;
  before(async () => {
    h = await startReplyHarness({ runningClock: true });
    base = `/api/v1/workspaces/${h.workspaceId}/inbox`;
  });
  after(() => h.close());

  it('reads every channel with an inbox now, once', async () => {
    h.mastodon.receiveStatus({ text: 'Is the Lyon shop open on Sunday?' });
    const first = await h.owner.post(`${base}/refresh`, {});
    assert.equal(first.status, 202);
    assert.deepEqual(first.body, { channelIds: [h.channelId], queued: false });
    const open = await h.owner.get(`${base}/conversations?status=open`);
    assert.equal(open.status, 200);
    const texts = open.body.items.map((c: { lastMessage: { text: string } | null }) => c.lastMessage?.text ?? '');
    assert.equal(texts.filter((t: string) => t.includes('Is the Lyon shop open on Sunday?')).length, 1, texts.join(' | '));

    await h.owner.post(`${base}/refresh`, { channelId: h.channelId });
    const again = await h.owner.get(`${base}/conversations?status=open`);
    assert.equal(again.body.items.length, open.body.items.length);
  });

  it('refuses a channel id of another shape and roles that cannot triage', async () => {
    assert.equal((await h.owner.post(`${base}/refresh`, { channelId: 'nope' })).status, 400);
    const analyst = (await h.t.addMember(h.owner, h.workspaceId, 'analyst@example.com', 'analyst')).client;
    assert.equal((await analyst.post(`${base}/refresh`, {})).status, 403);
  });
});
