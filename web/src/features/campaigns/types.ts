// Shapes of the campaigns API (src/http/routes/campaigns.ts). Money is in minor units (cents).
export type Utm = { source?: string; medium?: string; campaign?: string; term?: string; content?: string };

export type Campaign = {
  id: string;
  name: string;
  goal: string | null;
  startsOn: string | null;
  endsOn: string | null;
  budgetMinor: number | null;
  costMinor: number;
  currency: string;
  utm: Utm;
  color: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type CampaignInput = {
  name: string;
  goal: string | null;
  startsOn: string | null;
  endsOn: string | null;
  budgetMinor: number | null;
  costMinor: number;
  currency: string;
  utm: Utm;
  color: string | null;
};

export type ClickCounts = { humans: number; bots: number };

/** GET /campaigns/{id}/summary: posts by state, clicks (people and bots apart), cost per click. */
export type CampaignSummary = {
  campaignId: string;
  currency: string;
  budgetMinor: number | null;
  costMinor: number;
  posts: { total: number; byState: Record<string, number> };
  links: number;
  clicks: ClickCounts;
  costPerClickMinor: number | null;
};

/** GET /links/clicks?campaignId: totals and per channel. */
export type ClickTotals = { links: number; clicks: ClickCounts; byChannel: { channelId: string | null; links: number; clicks: ClickCounts }[] };
