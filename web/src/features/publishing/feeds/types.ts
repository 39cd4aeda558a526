// Shapes of the feed rules answers (src/http/routes/feed-rules.ts).
export type FeedRuleMode = 'queue' | 'draft';
export type FeedRule = {
  id: string;
  name: string;
  feedChannelId: string;
  targetChannelIds: string[];
  template: string;
  mode: FeedRuleMode;
  labels: string[];
  enabled: boolean;
  since: string;
  lastRunAt: string | null;
  createdAt: string;
};
export type FeedRuleFields = Pick<FeedRule, 'name' | 'targetChannelIds' | 'template' | 'mode' | 'labels' | 'enabled'>;
export type FeedRuleInput = FeedRuleFields & { feedChannelId: string };
export type FeedPreview = { entries: { entryId: string; publishedAt: string; fields: Record<string, string>; text: string }[] };

// The server's templateFields (src/core/publishing/feeds/render-template.ts), for the help text.
export const templateFields = ['title', 'url', 'summary', 'author', 'date'] as const;
