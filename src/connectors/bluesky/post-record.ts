// Builds an app.bsky.feed.post record: text with facets, reply references, images with alt text.
import { AtUri } from '@atproto/api';
import type { $Typed, AppBskyEmbedImages, AppBskyFeedPost, ComAtprotoRepoStrongRef } from '@atproto/api';
import type { MediaItem } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok, rejected } from '../sdk/result.ts';
import type { Bluesky } from './call.ts';
import { facetsFor } from './facets.ts';

export const POST = 'app.bsky.feed.post';

export type PostDraft = { text: string; media: readonly MediaItem[]; replyTo?: string; langs?: string[] };

/** {root, parent} for a reply: the parent's own root when it is itself a reply. */
async function replyRefs({ agent }: Bluesky, parentUri: string): Promise<Result<AppBskyFeedPost.ReplyRef>> {
  let uri: AtUri;
  try {
    uri = new AtUri(parentUri);
  } catch {
    return rejected(`not a Bluesky post id: ${parentUri}`, 'invalid_reply_target');
  }
  if (uri.collection !== POST) return rejected(`not a Bluesky post: ${parentUri}`, 'invalid_reply_target');
  const { data } = await agent.com.atproto.repo.getRecord({ repo: uri.host, collection: POST, rkey: uri.rkey });
  if (!data.cid) return rejected('the post to answer has no content id', 'invalid_reply_target');
  const parent: ComAtprotoRepoStrongRef.Main = { uri: data.uri, cid: data.cid };
  const root = (data.value as Partial<AppBskyFeedPost.Record>).reply?.root ?? parent;
  return ok({ root: { uri: root.uri, cid: root.cid }, parent });
}

async function imagesEmbed({ agent }: Bluesky, media: readonly MediaItem[]): Promise<$Typed<AppBskyEmbedImages.Main> | undefined> {
  if (media.length === 0) return undefined;
  const images: AppBskyEmbedImages.Image[] = [];
  // One at a time: a failed upload stops before more bandwidth is spent.
  for (const item of media) {
    const { data } = await agent.uploadBlob(item.bytes, { encoding: item.mimeType });
    images.push({ image: data.blob, alt: item.altText ?? '' });
  }
  return { $type: 'app.bsky.embed.images', images };
}

export async function buildPostRecord(bsky: Bluesky, draft: PostDraft): Promise<Result<AppBskyFeedPost.Record>> {
  const reply = draft.replyTo === undefined ? undefined : await replyRefs(bsky, draft.replyTo);
  if (reply && !reply.ok) return reply;
  const facets = await facetsFor(bsky.agent, draft.text);
  const embed = await imagesEmbed(bsky, draft.media);
  return ok({
    $type: POST,
    text: draft.text,
    createdAt: bsky.ctx.now().toISOString(),
    ...(facets ? { facets } : {}),
    ...(reply ? { reply: reply.value } : {}),
    ...(embed ? { embed } : {}),
    ...(draft.langs?.length ? { langs: draft.langs } : {}),
  });
}
