// What the engine asks of other parts of Tandem, behind one seam: links rendered per channel
// (UTM, short links; the same text on every attempt), media loaded and prepared for the channel,
// and the author and approvers told when a target fails. Tests replace some of them.
import type { Config } from '../../../config.ts';
import type { AccountLimits } from '../../../connectors/sdk/limits.ts';
import type { MediaItem } from '../../../connectors/sdk/operations.ts';
import type { AttachedMedia } from '../../../db/schema/index.ts';
import { renderLinks } from '../../links/render-links.ts';
import { loadMediaForPublish } from '../../media/load-for-publish.ts';
import { notifyPostFailed } from '../../notifications/notify-post-failed.ts';
import type { Ctx } from '../../shared/context.ts';

export type RenderInput = { workspaceId: string; text: string; postId: string; targetId: string; channelId: string; network: string; campaignId: string | null };

/** The context the collaborators get: any use-case context with the process config. */
export type CollaboratorCtx = Ctx & { config: Config };

export type PublishCollaborators = {
  renderText(ctx: CollaboratorCtx, input: RenderInput): Promise<string>;
  loadMedia(ctx: CollaboratorCtx, input: { workspaceId: string; limits: AccountLimits; media: AttachedMedia[] }): Promise<MediaItem[]>;
  notifyFailed(ctx: CollaboratorCtx, input: { workspaceId: string; targetId: string }): Promise<void>;
};

export const defaultCollaborators: PublishCollaborators = {
  renderText: (ctx, input) => renderLinks(ctx, input),
  loadMedia: (ctx, input) => loadMediaForPublish(ctx, input),
  notifyFailed: async (ctx, input) => void (await notifyPostFailed(ctx, input)),
};
