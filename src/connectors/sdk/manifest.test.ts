import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { connectorProblems } from './check-connector.ts';
import type { Connector, ConnectorManifest } from './manifest.ts';
import { hasCapability } from './manifest.ts';
import { ok } from './result.ts';

const manifest: ConnectorManifest = {
  id: 'tiny',
  displayName: 'Tiny',
  capabilities: ['publish', 'inbox'],
  auth: 'none',
  configSchema: z.object({}),
  postSettingsSchema: z.object({}),
  defaultLimits: { text: { maxLength: 100, countingRule: 'graphemes' }, media: null, dailyPublishCap: null, rateLimits: [] },
  publishIdempotency: 'native',
};
const publish = async () => ok({ externalId: '1', url: 'https://tiny.example/1' });
const fetchInbox = async () => ok({ items: [], nextCursor: '0', hasMore: false });

describe('connector manifest', () => {
  it('answers capability questions from the manifest only', () => {
    const connector: Connector = { manifest, publish, fetchInbox };
    assert.equal(hasCapability(connector, 'publish'), true);
    assert.equal(hasCapability(connector, 'moderate'), false);
  });

  it('accepts a connector that implements exactly what it declares', () => {
    assert.deepEqual(connectorProblems({ manifest, publish, fetchInbox }), []);
  });

  it('reports declared capabilities without an operation, and operations without a declaration', () => {
    const problems = connectorProblems({ manifest, publish, reply: async () => ok({ externalId: '2', url: '' }) });
    assert.deepEqual(problems, ['declares inbox but has no fetchInbox()', 'has reply() but does not declare reply']);
  });

  it('requires an idempotency strategy, read-back to have a lookup, and moderation to list actions', () => {
    const problems = connectorProblems({
      manifest: { ...manifest, capabilities: ['publish', 'inbox', 'moderate', 'media'], publishIdempotency: 'read-back' },
      publish,
      fetchInbox,
      moderate: async () => ok(undefined),
    });
    assert.deepEqual(problems, ['read-back idempotency needs lookupPublished()', 'moderate needs moderationActions', 'media needs media limits']);
  });

  it('rejects bad ids and limits that do not match the schema', () => {
    const problems = connectorProblems({
      manifest: { ...manifest, id: 'My Network', defaultLimits: { ...manifest.defaultLimits, text: { maxLength: 0, countingRule: 'graphemes' } } },
      publish,
      fetchInbox,
    });
    assert.deepEqual(problems, ['id "My Network" must be lower-case letters, digits and dashes', 'defaultLimits do not match the limits schema']);
  });
});
