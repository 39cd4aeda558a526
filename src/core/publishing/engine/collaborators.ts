// What the engine asks of other parts of Tandem, behind one seam: links rendered per channel
// (UTM, short links), media loaded and prepared for the channel, and the people told when a
// target fails. Tests replace them; until those modules land the defaults are the plain ones.
import type { AccountLimits } from '../../../connectors/sdk/limits.ts';
import type { MediaItem } from '../../../connectors/sdk/operations.ts';
import type { AttachedMedia } from '../../../db/schema/index.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';

export type RenderInput = { workspaceId: string; text: string; postId: string; targetId: string; channelId: string; network: string; campaignId: string | null };

export type PublishCollaborators = {
  renderText(ctx: Ctx, input: RenderInput): Promise<string>;
  loadMedia(ctx: Ctx, input: { workspaceId: string; limits: AccountLimits; media: AttachedMedia[] }): Promise<MediaItem[]>;
  notifyFailed(ctx: Ctx, input: { workspaceId: string; targetId: string }): Promise<void>;
};

export const defaultCollaborators: PublishCollaborators = {
  renderText: async (_ctx, input) => input.text,
  async loadMedia(_ctx, input) {
    if (input.media.length === 0) return [];
    throw new AppError('media_invalid', 'Media cannot be loaded for publishing in this build');
  },
  notifyFailed: async () => {},
};
