// A feed has no account: "who" is the feed itself, its title and site, read by fetching it.
import type { ConnectorContext } from '../sdk/context.ts';
import type { AccountIdentity } from '../sdk/manifest.ts';
import type { Result } from '../sdk/result.ts';
import { ok } from '../sdk/result.ts';
import { fetchFeed } from './fetch-feed.ts';
import type { RssConfig } from './manifest.ts';
import { htmlToPlainText } from './plain-text.ts';

export async function identify(ctx: ConnectorContext<RssConfig>): Promise<Result<AccountIdentity>> {
  const answer = await fetchFeed(ctx);
  if (!answer.ok) return answer;
  if (answer.value.notModified) return ok({ accountId: ctx.config.feedUrl, handle: new URL(ctx.config.feedUrl).hostname });
  const { feed, url } = answer.value;
  const title = feed.title ? htmlToPlainText(feed.title) : undefined;
  const site = feed.url ? URL.parse(feed.url, url)?.href : undefined;
  return ok({
    accountId: ctx.config.feedUrl,
    handle: title || new URL(url).hostname,
    ...(title ? { displayName: title } : {}),
    ...(site ? { profileUrl: site } : {}),
  });
}
