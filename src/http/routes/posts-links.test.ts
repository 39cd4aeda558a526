// The composer counts a post's text as it will be sent: with UTM parameters and Tandem's short
// links, which can be longer or shorter than the URLs written.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertComposeChannel, shortLimits } from '../../core/publishing/posts/testing/compose-fixtures.ts';
import { createTestApp } from '../../testing/test-app.ts';

// A real top-level domain: links are found as the networks find them (twitter-text's list).
const longUrl = `https://shop.acme-coffee.com/spring-roast/${'a'.repeat(50)}`;
const text = `Read ${longUrl}`;

async function composerFor(publicUrl: string | undefined, maxLength: number) {
  const t = await createTestApp(publicUrl ? { env: { PUBLIC_URL: publicUrl } } : {});
  const { owner, workspaceId } = await t.setupOwner();
  const channel = await insertComposeChannel(t.database.db, { workspaceId, network: 'bluesky', displayName: 'Sky', limits: shortLimits(maxLength, 'bluesky') });
  const validate = () => owner.post(`/api/v1/workspaces/${workspaceId}/posts/validate`, { text, targets: [{ channelId: channel.id }] });
  return { t, validate };
}

describe('validation counts links as they will be sent', () => {
  let short: Awaited<ReturnType<typeof composerFor>>;
  let plain: Awaited<ReturnType<typeof composerFor>>;
  before(async () => {
    // 97 characters as written: over the first channel's 90, within the second's 100.
    [short, plain] = await Promise.all([composerFor('https://go.example', 90), composerFor(undefined, 100)]);
  });
  after(() => Promise.all([short.t.close(), plain.t.close()]));

  it('counts a short link instead of a long URL when Tandem serves short links', async () => {
    const res = await short.validate();
    assert.equal(res.status, 200);
    const [target] = res.body.targets;
    assert.equal(target.preview.text, 'Read https://go.example/l/xxxxxxxx');
    assert.deepEqual([target.report.ok, target.report.text.used], [true, 34]);
  });

  it('counts the UTM parameters added to the URL when there are no short links', async () => {
    const res = await plain.validate();
    const [target] = res.body.targets;
    assert.match(target.preview.text, /utm_source=bluesky&utm_medium=social$/);
    assert.equal(text.length, 97);
    assert.equal(target.report.ok, false);
    assert.equal(target.report.problems[0].code, 'text_too_long');
  });
});
