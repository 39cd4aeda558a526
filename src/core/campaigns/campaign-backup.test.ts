// Campaigns, short links and their clicks travel with a workspace backup, dates and money intact.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { readBackupLines, writeBackupFile } from '../backup/backup-file.ts';
import { seedWorkspace, snapshotWorkspace, systemCtx } from '../backup/backup-test-fixture.ts';
import { exportWorkspace } from '../backup/export-workspace.ts';
import { importWorkspace } from '../backup/import-workspace.ts';
import { followShortLink } from '../links/follow-short-link.ts';
import { renderLinks } from '../links/render-links.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.ts';
import { createCampaign } from './campaigns.ts';

describe('campaigns and links in a backup', () => {
  let source: TestDatabase;
  let dir: string;
  let workspaceId: string;
  before(async () => {
    source = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-campaign-backup-'));
    const seeded = await seedWorkspace(source);
    workspaceId = seeded.workspaceId;
    const ctx = { ...systemCtx(source), workspaceId, role: 'owner' as const };
    const campaign = await createCampaign(ctx, { name: 'Big budget', startsOn: '2026-02-28', endsOn: '2026-03-01', budgetMinor: 9_007_199_254_740_991, costMinor: 1999, currency: 'JPY', utm: { content: '{channel}' } });
    const text = await renderLinks({ ...ctx, config: { publicUrl: 'https://t.example' } }, { workspaceId, text: 'https://e.com/a', postId: randomUUID(), targetId: randomUUID(), channelId: seeded.channelId, network: 'bluesky', campaignId: campaign.id });
    await followShortLink(ctx, { code: text.slice(-8), method: 'GET', userAgent: 'Twitterbot/1.0', referrer: 'https://bsky.app/x' });
  });
  after(async () => {
    await source.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('restores every campaign, link and click row as it was', async () => {
    const original = await snapshotWorkspace(source, workspaceId);
    assert.deepEqual([original.campaigns!.length, original.links!.length, original.link_clicks!.length], [1, 1, 1]);
    assert.match(original.campaigns![0]!, /"starts_on": "2026-02-28".*"budget_minor": 9007199254740991|"budget_minor": 9007199254740991.*"starts_on": "2026-02-28"/);
    const file = path.join(dir, 'backup.gz');
    await writeBackupFile(file, (write) => exportWorkspace(systemCtx(source), { workspaceId, write }));
    const target = await createTestDatabase();
    try {
      await importWorkspace(systemCtx(target), { lines: readBackupLines(file) });
      const restored = await snapshotWorkspace(target, workspaceId);
      for (const table of ['campaigns', 'links', 'link_clicks']) assert.deepEqual(restored[table], original[table], table);
    } finally {
      await target.close();
    }
  });
});
