// Checks a composition against the channels it names before anything is written or validated:
// each channel must be in the workspace, active, and its connector must declare what the post
// uses (publish; thread for thread parts, reply for a first comment, media for attachments).
// Settings go through the connector's own postSettingsSchema. Generic code asks the manifest,
// never which network a channel is.
import { accountLimitsSchema, type AccountLimits } from '../../../connectors/sdk/limits.ts';
import { hasCapability, type Capability, type Connector } from '../../../connectors/sdk/manifest.ts';
import { findChannelsForCompose, findMediaInfo, type MediaInfo } from '../../../db/queries/posts.ts';
import type { AttachedMedia } from '../../../db/schema/index.ts';
import { AppError } from '../../shared/errors.ts';
import { mediaIdsOf, type PostContent, type TargetInput } from './post-input.ts';
import type { PostsCtx } from './posts-ctx.ts';

export type ResolvedTarget = {
  channelId: string;
  network: string;
  channelName: string;
  connector: Connector;
  /** The channel's stored limits; the manifest's defaults when none were stored yet. */
  limits: AccountLimits;
  text: string | null;
  media: AttachedMedia[] | null;
  settings: Record<string, unknown>;
};

export type Resolved = { targets: ResolvedTarget[]; media: Map<string, MediaInfo> };

// Stable reasons beside the variant_invalid code, for the web and API clients to branch on.
const capabilityReasons: Record<Extract<Capability, 'publish' | 'thread' | 'reply' | 'media'>, { reason: string; cannot: string }> = {
  publish: { reason: 'cannot_publish', cannot: 'publish posts' },
  thread: { reason: 'cannot_thread', cannot: 'publish threads' },
  reply: { reason: 'cannot_first_comment', cannot: 'take a first comment' },
  media: { reason: 'cannot_attach_media', cannot: 'publish images or videos' },
};

function refuse(reason: string, channel: { id: string; displayName: string }, message: string, extra: Record<string, unknown> = {}): never {
  throw new AppError('variant_invalid', message, { reason, channelId: channel.id, ...extra });
}

export const limitsOf = (stored: unknown, connector: Connector): AccountLimits => accountLimitsSchema.safeParse(stored).data ?? connector.manifest.defaultLimits;

export async function resolveTargets(ctx: PostsCtx, content: PostContent, targets: TargetInput[]): Promise<Resolved> {
  const ids = targets.map((t) => t.channelId);
  if (new Set(ids).size !== ids.length) throw new AppError('validation_failed', 'Each channel can be targeted once per post');
  const rows = await findChannelsForCompose(ctx.db, ctx.workspaceId, ids);
  const missing = ids.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length > 0) throw new AppError('not_found', 'Channel not found', { channelIds: missing });

  const mediaIds = mediaIdsOf({ ...content, targets });
  const found = await findMediaInfo(ctx.db, ctx.workspaceId, mediaIds);
  const unknownMedia = mediaIds.filter((id) => !found.some((m) => m.id === id));
  if (unknownMedia.length > 0) throw new AppError('media_invalid', 'Some media are not in this workspace: upload them first', { mediaIds: unknownMedia });

  const resolved = targets.map((t): ResolvedTarget => {
    const channel = rows.find((r) => r.id === t.channelId)!;
    if (channel.status !== 'active') refuse('channel_disconnected', channel, `${channel.displayName} is disconnected: reconnect it before posting to it`);
    const connector = ctx.connectors.find(channel.network);
    const needs: Array<keyof typeof capabilityReasons> = ['publish'];
    if ((content.thread ?? []).length > 0) needs.push('thread');
    if (content.firstComment?.trim()) needs.push('reply');
    const media = t.media ?? content.media ?? [];
    if (media.length > 0 || (content.thread ?? []).some((p) => p.mediaIds.length > 0)) needs.push('media');
    for (const capability of needs) {
      if (!connector || !hasCapability(connector, capability)) {
        const { reason, cannot } = capabilityReasons[capability];
        refuse(reason, channel, `${channel.displayName} cannot ${cannot}`, { capability });
      }
    }
    const settings = connector!.manifest.postSettingsSchema.safeParse(t.settings ?? {});
    if (!settings.success) {
      const errors = settings.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
      refuse('settings_invalid', channel, `The post settings for ${channel.displayName} are not valid: ${errors.map((e) => `${e.path || 'settings'}: ${e.message}`).join('; ')}`, { errors });
    }
    return {
      channelId: channel.id,
      network: channel.network,
      channelName: channel.displayName,
      connector: connector!,
      limits: limitsOf(channel.limits, connector!),
      text: t.text ?? null,
      media: t.media ?? null,
      settings: (settings.data ?? {}) as Record<string, unknown>,
    };
  });
  return { targets: resolved, media: new Map(found.map((m) => [m.id, m])) };
}
