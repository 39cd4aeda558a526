// A post as the API returns it (docs/publishing.md, "Posts API"): the post, and one entry per
// channel with the variant, state and what the network answered.
import type { PostWithTargets, TargetView } from '../../../db/queries/posts.ts';

export function toTargetView(t: TargetView) {
  return {
    id: t.id,
    channelId: t.channelId,
    network: t.network,
    channelName: t.channelName,
    text: t.text,
    media: t.media,
    settings: t.settings,
    state: t.state,
    scheduledAt: t.scheduledAt,
    externalId: t.externalId,
    url: t.url,
    errorKind: t.errorKind,
    errorReason: t.errorReason,
    publishedAt: t.publishedAt,
  };
}

export function toPostView(p: PostWithTargets) {
  return {
    id: p.id,
    state: p.state,
    authorId: p.authorId,
    campaignId: p.campaignId,
    text: p.text,
    media: p.media,
    thread: p.thread,
    firstComment: p.firstComment,
    labels: p.labels,
    scheduledAt: p.scheduledAt,
    timeZone: p.timeZone,
    recurrence: p.recurrence,
    revision: p.revision,
    source: p.source,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    targets: p.targets.map(toTargetView),
  };
}

export type PostView = ReturnType<typeof toPostView>;
