// Feed rules (RSS auto-post): a feed channel, the channels its new entries go to, a template and
// a mode (queue: next free slot; draft: left for a person). A rule posts only entries published
// after it was created (`since`): the feed's back catalogue is never flooded onto the channels.
import { hasCapability, type Capability } from '../../../connectors/sdk/manifest.ts';
import { findChannel } from '../../../db/queries/channels.ts';
import { deleteFeedRule as deleteRuleRow, findFeedRule, insertFeedRule, listFeedRules, updateFeedRule as updateRuleRow, type FeedRule } from '../../../db/queries/feed-rules.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { normaliseLabels } from '../posts/post-input.ts';
import type { PostsCtx } from '../posts/posts-ctx.ts';
import { checkTemplate } from './render-template.ts';

export type FeedRuleInput = {
  name: string;
  feedChannelId: string;
  targetChannelIds: string[];
  template: string;
  mode?: 'queue' | 'draft';
  labels?: string[];
  enabled?: boolean;
};
export type FeedRulePatch = Partial<Omit<FeedRuleInput, 'feedChannelId'>>;

/** What the API shows: the connector's cursor is internal. */
export const feedRuleView = ({ cursor: _cursor, ...rule }: FeedRule) => rule;

export async function requireChannelWith(ctx: PostsCtx, channelId: string, capability: Capability, what: string) {
  const channel = await findChannel(ctx.db, ctx.workspaceId, channelId);
  if (!channel) throw notFound('Channel');
  const connector = ctx.connectors.find(channel.network);
  if (!connector || !hasCapability(connector, capability)) throw new AppError('validation_failed', `${channel.displayName} (${channel.network}) cannot ${what}`, { channelId });
  if (channel.status !== 'active') throw new AppError('conflict', `${channel.displayName} is disconnected: reconnect it first`, { channelId });
  return channel;
}

async function checkTargets(ctx: PostsCtx, feedChannelId: string, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw new AppError('validation_failed', 'Choose at least one channel to post to');
  if (unique.includes(feedChannelId)) throw new AppError('validation_failed', 'A feed cannot post to itself');
  for (const id of unique) await requireChannelWith(ctx, id, 'publish', 'publish posts');
  return unique;
}

export async function requireFeedRule(ctx: PostsCtx, ruleId: string): Promise<FeedRule> {
  const rule = await findFeedRule(ctx.db, ctx.workspaceId, ruleId);
  if (!rule) throw notFound('Feed rule');
  return rule;
}

export async function createFeedRule(ctx: PostsCtx, input: FeedRuleInput) {
  await requireChannelWith(ctx, input.feedChannelId, 'inbox', 'be read as a feed');
  const targetChannelIds = await checkTargets(ctx, input.feedChannelId, input.targetChannelIds);
  checkTemplate(input.template);
  return inTransaction(ctx.db, async (db) => {
    const now = ctx.clock.now();
    const rule = await insertFeedRule(db, {
      id: newId(),
      workspaceId: ctx.workspaceId,
      name: input.name,
      feedChannelId: input.feedChannelId,
      targetChannelIds,
      template: input.template,
      mode: input.mode ?? 'queue',
      labels: normaliseLabels(input.labels),
      enabled: input.enabled ?? true,
      since: now,
      createdAt: now,
    });
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'feed_rule.create', targetType: 'feed_rule', targetId: rule.id, after: feedRuleView(rule) });
    return feedRuleView(rule);
  });
}

export async function updateFeedRule(ctx: PostsCtx, ruleId: string, patch: FeedRulePatch) {
  const before = await requireFeedRule(ctx, ruleId);
  const changes: FeedRulePatch = { ...patch };
  if (patch.targetChannelIds) changes.targetChannelIds = await checkTargets(ctx, before.feedChannelId, patch.targetChannelIds);
  if (patch.template !== undefined) checkTemplate(patch.template);
  if (patch.labels) changes.labels = normaliseLabels(patch.labels);
  return inTransaction(ctx.db, async (db) => {
    const after = await updateRuleRow(db, ctx.workspaceId, ruleId, changes);
    if (!after) throw notFound('Feed rule');
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'feed_rule.update', targetType: 'feed_rule', targetId: ruleId, before: feedRuleView(before), after: feedRuleView(after) });
    return feedRuleView(after);
  });
}

export async function deleteFeedRule(ctx: PostsCtx, ruleId: string): Promise<void> {
  const before = await requireFeedRule(ctx, ruleId);
  await inTransaction(ctx.db, async (db) => {
    if (!(await deleteRuleRow(db, ctx.workspaceId, ruleId))) throw notFound('Feed rule');
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'feed_rule.delete', targetType: 'feed_rule', targetId: ruleId, before: feedRuleView(before) });
  });
}

export const getFeedRule = async (ctx: PostsCtx, ruleId: string) => feedRuleView(await requireFeedRule(ctx, ruleId));
export const listRules = async (ctx: PostsCtx) => (await listFeedRules(ctx.db, ctx.workspaceId)).map(feedRuleView);
