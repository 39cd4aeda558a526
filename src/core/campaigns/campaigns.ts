// Campaigns: a goal, dates, a budget and what was spent (minor units of one currency), and the
// UTM template their posts' links get. Archived campaigns drop out of the list but keep their
// posts, links and clicks.
import { findCampaign, insertCampaign, listCampaignsPage, updateCampaignRow, type Campaign } from '../../db/queries/campaigns.ts';
import type { UtmTemplate } from '../../db/schema/campaigns.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { pageWindow, toPage } from '../shared/cursor.ts';
import { notFound } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { checkCampaignFields, checkNameFree } from './campaign-rules.ts';

export type CampaignFields = {
  name: string;
  goal?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  budgetMinor?: number | null;
  costMinor?: number;
  currency?: string;
  utm?: UtmTemplate;
  color?: string | null;
};

export async function createCampaign(ctx: WorkspaceCtx, input: CampaignFields): Promise<Campaign> {
  const currency = input.currency ?? 'EUR';
  checkCampaignFields({ startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? null, currency });
  return inTransaction(ctx.db, async (db) => {
    await checkNameFree(db, ctx.workspaceId, input.name);
    const now = ctx.clock.now();
    const row = await insertCampaign(db, { ...input, currency, id: newId(), workspaceId: ctx.workspaceId, createdAt: now, updatedAt: now });
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'campaign.create', targetType: 'campaign', targetId: row.id, after: row });
    return row;
  });
}

/** The campaign, or not_found when it is not one of the workspace's. */
export async function requireCampaign(ctx: WorkspaceCtx, campaignId: string): Promise<Campaign> {
  const row = await findCampaign(ctx.db, ctx.workspaceId, campaignId);
  if (!row) throw notFound('Campaign');
  return row;
}

export async function updateCampaign(ctx: WorkspaceCtx, campaignId: string, patch: Partial<CampaignFields>): Promise<Campaign> {
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const before = await requireCampaign(tx, campaignId);
    // The rules hold for the campaign as it will be, not only for the fields sent.
    checkCampaignFields({ startsOn: patch.startsOn !== undefined ? patch.startsOn : before.startsOn, endsOn: patch.endsOn !== undefined ? patch.endsOn : before.endsOn, currency: patch.currency ?? before.currency });
    if (patch.name !== undefined) await checkNameFree(db, ctx.workspaceId, patch.name, campaignId);
    const after = await updateCampaignRow(db, ctx.workspaceId, campaignId, { ...patch, updatedAt: ctx.clock.now() });
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'campaign.update', targetType: 'campaign', targetId: campaignId, before, after });
    return after!;
  });
}

/** Archives (or, with archived = false, restores) a campaign; doing it twice changes nothing. */
export async function setCampaignArchived(ctx: WorkspaceCtx, campaignId: string, archived: boolean): Promise<Campaign> {
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const before = await requireCampaign(tx, campaignId);
    if ((before.archivedAt !== null) === archived) return before;
    const now = ctx.clock.now();
    const after = await updateCampaignRow(db, ctx.workspaceId, campaignId, { archivedAt: archived ? now : null, updatedAt: now });
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: archived ? 'campaign.archive' : 'campaign.restore', targetType: 'campaign', targetId: campaignId, before, after });
    return after!;
  });
}

export type CampaignFilter = { archived?: boolean; cursor?: string; limit: number };

export async function listCampaigns(ctx: WorkspaceCtx, f: CampaignFilter) {
  const rows = await listCampaignsPage(ctx.db, ctx.workspaceId, { archived: f.archived ?? false, ...pageWindow(f.cursor, f.limit) });
  return toPage(rows, f.limit, (r) => r.createdAt);
}
