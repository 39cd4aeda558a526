// A campaign at a glance: its posts by state, the clicks on its links (people and bots apart),
// and what each person's click cost.
import { countCampaignClicks, countCampaignPostsByState } from '../../db/queries/campaigns.ts';
import { postStates } from '../../db/schema/publishing.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { requireCampaign } from './campaigns.ts';

export async function campaignSummary(ctx: WorkspaceCtx, campaignId: string) {
  const campaign = await requireCampaign(ctx, campaignId);
  const [byStateRows, clicks] = await Promise.all([countCampaignPostsByState(ctx.db, ctx.workspaceId, campaignId), countCampaignClicks(ctx.db, ctx.workspaceId, campaignId)]);
  // Every state is listed, with 0 when no post is in it, so a chart needs no gaps filled.
  const byState = Object.fromEntries(postStates.map((s) => [s, 0])) as Record<(typeof postStates)[number], number>;
  for (const row of byStateRows) byState[row.state as (typeof postStates)[number]] = row.posts;
  return {
    campaignId,
    currency: campaign.currency,
    budgetMinor: campaign.budgetMinor,
    costMinor: campaign.costMinor,
    posts: { total: byStateRows.reduce((n, r) => n + r.posts, 0), byState },
    links: clicks.links,
    clicks: { humans: clicks.humans, bots: clicks.bots },
    // Bots' clicks are not people reached, so they do not lower the cost per click.
    costPerClickMinor: clicks.humans > 0 ? Math.round((campaign.costMinor / clicks.humans) * 100) / 100 : null,
  };
}
