// What a rule would post: the template filled with the feed's latest entries, newest first, so
// the person writing the template sees real text before any post is made. Nothing is stored.
import { requireChannelWith } from './feed-rules.ts';
import { readFeed, type FeedCtx } from './read-feed.ts';
import { checkTemplate, entryFields, renderTemplate } from './render-template.ts';

// Enough to reach the end of any feed's first page (the RSS connector reads the newest 500).
const WHOLE_FEED = 500;

export async function previewFeedRule(ctx: FeedCtx, input: { feedChannelId: string; template: string; limit?: number }) {
  checkTemplate(input.template);
  await requireChannelWith(ctx, input.feedChannelId, 'inbox', 'be read as a feed');
  // A first page from the start holds the feed's entries oldest first: the newest are its end.
  const page = await readFeed(ctx, input.feedChannelId, { cursor: null, limit: WHOLE_FEED });
  const latest = page.items.slice(-(input.limit ?? 3)).reverse();
  return {
    entries: latest.map((item) => {
      const fields = entryFields(item);
      return { entryId: item.externalId, publishedAt: item.createdAt, fields, text: renderTemplate(input.template, fields) };
    }),
  };
}
