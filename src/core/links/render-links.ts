// The text a post target is published with: every http(s) URL gets the channel's UTM parameters
// and is replaced by a Tandem short link, so clicks are counted per post, channel and campaign.
// Called by the publish engine for each attempt; a retry gets the same codes back (one link per
// target and URL), so the text it sends is the same as the first attempt's.
import twitter from 'twitter-text';
import type { Config } from '../../config.ts';
import { findCampaign } from '../../db/queries/campaigns.ts';
import { findChannel } from '../../db/queries/channels.ts';
import { insertLinkOnce } from '../../db/queries/links.ts';
import type { Ctx } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { newShortCode, shortLinkPath } from './short-code.ts';
import { utmValues, withUtm } from './utm.ts';

/** Any context with the process config (a job's or a request's runtime): the base URL is there. */
export type LinksCtx = Ctx & { config: Pick<Config, 'publicUrl'> };

export type RenderLinksInput = {
  workspaceId: string;
  text: string;
  postId: string;
  targetId: string;
  channelId: string;
  network: string;
  campaignId: string | null | undefined;
};

/** The http(s) URLs of a text with their [start, end) offsets, as X's own library finds them. */
export function findUrls(text: string): { url: string; start: number; end: number }[] {
  return twitter
    .extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false })
    .filter((e) => /^https?:\/\//i.test(e.url))
    .map((e) => ({ url: e.url, start: e.indices[0], end: e.indices[1] }));
}

export async function renderLinks(ctx: LinksCtx, input: RenderLinksInput): Promise<string> {
  return rewriteLinks(ctx, input, (targetUrl, refs) => shortCodeFor(ctx, input, refs, targetUrl));
}

/** A code of the real length, for previews: nothing is stored. */
export const previewCode = 'xxxxxxxx';

/**
 * The text as renderLinks would make it, without storing a link: short links carry
 * `previewCode`, so the composer counts the length the network will see.
 */
export function previewLinks(ctx: LinksCtx, input: Omit<RenderLinksInput, 'postId' | 'targetId'>): Promise<string> {
  return rewriteLinks(ctx, input, async () => previewCode);
}

type CodeFor = (targetUrl: string, refs: { channelId: string | null; campaignId: string | null }) => Promise<string>;

async function rewriteLinks(ctx: LinksCtx, input: Omit<RenderLinksInput, 'postId' | 'targetId'>, codeFor: CodeFor): Promise<string> {
  const urls = findUrls(input.text);
  if (urls.length === 0) return input.text;
  const [channel, campaign] = await Promise.all([
    findChannel(ctx.db, input.workspaceId, input.channelId),
    input.campaignId ? findCampaign(ctx.db, input.workspaceId, input.campaignId) : undefined,
  ]);
  const utm = utmValues({ network: input.network, channelName: channel?.displayName ?? input.network, campaign });
  // Channel and campaign as found in the workspace (null when gone), never as passed in.
  const refs = { channelId: channel?.id ?? null, campaignId: campaign?.id ?? null };
  // Without PUBLIC_URL no short link could be served at a known address: keep the URL, with UTM.
  const base = ctx.config.publicUrl;
  let out = input.text;
  // From the end, so the offsets of the URLs before stay right.
  for (const found of [...urls].reverse()) {
    if (base && found.url.startsWith(`${base}/l/`)) continue; // already one of ours
    const tagged = withUtm(found.url, utm);
    const replacement = base ? `${base}${shortLinkPath(await codeFor(tagged, refs))}` : tagged;
    out = out.slice(0, found.start) + replacement + out.slice(found.end);
  }
  return out;
}

async function shortCodeFor(ctx: LinksCtx, input: RenderLinksInput, refs: { channelId: string | null; campaignId: string | null }, targetUrl: string): Promise<string> {
  // A code collision (48 random bits) is near impossible; a few fresh draws settle it.
  for (let attempt = 0; attempt < 5; attempt++) {
    const link = await insertLinkOnce(ctx.db, {
      id: newId(),
      workspaceId: input.workspaceId,
      code: newShortCode(),
      targetUrl,
      postId: input.postId,
      postTargetId: input.targetId,
      ...refs,
      createdAt: ctx.clock.now(),
    });
    if (link) return link.code;
  }
  throw new Error('Could not draw a free short-link code');
}

/**
 * renderLinks with the config bound, for callers holding a plain Ctx (the publish engine's
 * `renderText` collaborator): `renderText: linkRenderer(runtime.config)`.
 */
export const linkRenderer =
  (config: Pick<Config, 'publicUrl'>) =>
  (ctx: Ctx, input: RenderLinksInput): Promise<string> =>
    renderLinks({ ...ctx, config }, input);
