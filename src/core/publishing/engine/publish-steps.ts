// The network calls of one attempt, in order: the post, then each later thread part as a reply
// to the one before it, then the first comment. Every id is stored the moment it is known, and
// "a call is starting" is committed before each call, so an attempt cut off anywhere resumes
// after the last stored step, asking the network first about the one that was in flight.
import type { MediaItem, Published } from '../../../connectors/sdk/operations.ts';
import type { Result } from '../../../connectors/sdk/result.ts';
import { markCallStarted, storeMainPost, storePartId, type PostTarget } from '../../../db/queries/post-targets.ts';
import type { AttachedMedia } from '../../../db/schema/index.ts';
import { decideOutcome, unknownReason, type ErrorSite } from './decide-outcome.ts';
import type { EngineCtx } from './engine-ctx.ts';
import { partKey } from './idempotency.ts';
import type { PublishWork } from './load-work.ts';
import { recordChannelError, settleFailed, settleNeedsCheck, settlePublished, settleRetry, type Settled } from './settle-target.ts';

type Step = { key: string; text: string; media: AttachedMedia[]; send(text: string, media: MediaItem[], ids: { main: string | null; parts: string[] }): Promise<Result<Published>> };

// How far back a read-back looks before the moment the call was marked as starting (clock skew).
const LOOKUP_MARGIN_MS = 5 * 60 * 1000;

function stepsOf(work: PublishWork): Step[] {
  const { connector, cctx, target, post } = work;
  const settings = target.settings;
  const main: Step = { key: target.idempotencyKey, text: target.text ?? post.text, media: target.media ?? post.media, send: (text, media) => connector.publish!(cctx, { idempotencyKey: target.idempotencyKey, text, media, settings }) };
  const later = work.steps.map((step): Step => {
    const key = partKey(target.idempotencyKey, step);
    if (step.kind === 'comment') return { key, text: step.text, media: [], send: (text, _media, ids) => connector.reply!(cctx, { idempotencyKey: key, to: ids.main!, text }) };
    const replyToOf = (ids: { main: string | null; parts: string[] }) => (step.index === 0 ? ids.main! : ids.parts[step.index - 1]!);
    return { key, text: step.text, media: step.mediaIds.map((mediaId) => ({ mediaId })), send: (text, media, ids) => connector.publish!(cctx, { idempotencyKey: key, text, media, settings, replyTo: replyToOf(ids) }) };
  });
  return [main, ...later];
}

export async function publishSteps(ctx: EngineCtx, work: PublishWork, token: string): Promise<Settled> {
  const { target, connector, cctx, mode } = work;
  const held = { target, token };
  const ids = { main: target.externalId, parts: [...target.partIds] };
  // Set while the next step's call may already have reached the network.
  let unknownSince = target.outcomeUnknown;

  const onError = async (error: ErrorSite['error'], where: ErrorSite['where']): Promise<Settled> => {
    if (error.kind !== 'transient') await recordChannelError(ctx, target, error);
    const decision = decideOutcome({ error, where, mode, attempts: target.attempts, now: ctx.clock.now(), options: ctx.options });
    if (decision.settle === 'retry') return settleRetry(ctx, held, error, decision.at, { known: decision.known, free: decision.free });
    if (decision.settle === 'failed') return settleFailed(ctx, held, decision);
    return settleNeedsCheck(ctx, held, decision);
  };
  const store = async (published: Published): Promise<PostTarget | undefined> => {
    const now = ctx.clock.now();
    const row = ids.main === null ? await storeMainPost(ctx.db, target.id, token, { ...published, now }) : await storePartId(ctx.db, target.id, token, { partId: published.externalId, now });
    if (row) {
      if (ids.main === null) ids.main = published.externalId;
      else ids.parts.push(published.externalId);
      unknownSince = null;
    }
    return row;
  };
  const render = (text: string) => ctx.collaborators.renderText(ctx, { workspaceId: target.workspaceId, text, postId: target.postId, targetId: target.id, channelId: target.channelId, network: work.channel.network, campaignId: work.post.campaignId });

  const steps = stepsOf(work);
  for (let i = ids.main === null ? 0 : 1 + ids.parts.length; i < steps.length; i++) {
    const step = steps[i]!;
    const text = await render(step.text);
    if (unknownSince && mode !== 'native') {
      if (mode === 'unverifiable') return settleNeedsCheck(ctx, held, { kind: 'unknown_outcome', reason: unknownReason('an attempt was cut off mid-call') });
      const found = await connector.lookupPublished!(cctx, { idempotencyKey: step.key, text, since: new Date(unknownSince.getTime() - LOOKUP_MARGIN_MS) });
      if (!found.ok) return onError(found.error, 'read-back');
      if (found.value) {
        if (!(await store(found.value))) return 'lost_claim';
        continue;
      }
    }
    const media = step.media.length ? await ctx.collaborators.loadMedia(ctx, { workspaceId: target.workspaceId, limits: work.limits, media: step.media }) : [];
    if (!(await markCallStarted(ctx.db, target.id, token, ctx.clock.now()))) return 'lost_claim';
    unknownSince = ctx.clock.now();
    const answer = await step.send(text, media, ids);
    if (!answer.ok) return onError(answer.error, 'publish');
    if (!(await store(answer.value))) {
      ctx.logger.warn({ targetId: target.id, externalId: answer.value.externalId }, 'published after the claim was lost: the next holder finds it by read-back');
      return 'lost_claim';
    }
  }
  return settlePublished(ctx, held);
}
