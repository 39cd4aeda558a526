import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { configSchema, postSettingsSchema } from './config.ts';

describe('Mastodon configuration', () => {
  it('takes an https instance', () => {
    assert.deepEqual(configSchema.parse({ instanceUrl: 'https://mastodon.social' }), { instanceUrl: 'https://mastodon.social', allowHosts: [] });
  });

  it('refuses plain http unless the host is allowlisted as a private instance', () => {
    assert.equal(configSchema.safeParse({ instanceUrl: 'http://mastodon.social' }).success, false);
    assert.equal(configSchema.safeParse({ instanceUrl: 'http://10.0.0.5:3000', allowHosts: ['10.0.0.5:3000'] }).success, true);
    assert.equal(configSchema.safeParse({ instanceUrl: 'http://10.0.0.5:3000', allowHosts: ['10.0.0.5:4000'] }).success, false);
    assert.equal(configSchema.safeParse({ instanceUrl: 'ftp://mastodon.social' }).success, false);
  });

  it('post settings default to a public status without content warning', () => {
    assert.deepEqual(postSettingsSchema.parse({}), { visibility: 'public', sensitive: false });
    assert.equal(postSettingsSchema.safeParse({ visibility: 'followers' }).success, false);
  });
});
