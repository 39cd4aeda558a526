// Reads a rule's feed from its cursor and turns each new entry into a post on the rule's channels,
// once: the posts and the advanced cursor commit together, and the post's source_ref (rule id +
// entry id) is unique, so a crash, a retry or a second worker never posts an entry twice. In
// queue mode the post takes the next free slot; where approval is needed it is sent for review;
// where no slot or check lets it be queued it stays a draft for a person, rather than being lost.
import type { InboxItem } from '../../../connectors/sdk/operations.ts';
import { findFeedRule, lockFeedRule, updateFeedRule, type FeedRule } from '../../../db/queries/feed-rules.ts';
import { findPostIdBySource, setPostSourceRef } from '../../../db/queries/post-imports.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { createPost } from '../posts/create-post.ts';
import { addToQueue } from '../queues/add-to-queue.ts';
import { submitPost } from '../workflow/review-post.ts';
import type { ScheduledTarget } from '../workflow/workflow-ctx.ts';
import type { FeedCtx } from './read-feed.ts';
import { readFeed } from './read-feed.ts';
import { entryFields, renderTemplate } from './render-template.ts';

export type FeedRunCtx = Omit<FeedCtx, 'workspaceId' | 'role'> & {
  queuePublish?: (targets: ScheduledTarget[]) => Promise<void>;
  logger?: { warn(obj: object, msg: string): void };
};

export const feedSourceRef = (ruleId: string, entryId: string) => `${ruleId}:${entryId}`;
const PAGE = 50;
const MAX_PAGES = 5;

/**
 * Entries older than the rule are the back catalogue. On the first read an entry dated at the
 * moment of reading has no date of its own (the connector dates it then): it is old too.
 */
function isNew(item: InboxItem, rule: FeedRule, firstRead: boolean, readAt: Date): boolean {
  const at = Date.parse(item.createdAt);
  if (at < rule.since.getTime()) return false;
  return !(firstRead && at >= readAt.getTime());
}

type EntryOutcome = 'created' | 'skipped';

async function postEntry(ctx: FeedCtx, rule: FeedRule, item: InboxItem, scheduled: ScheduledTarget[], warn: (obj: object, msg: string) => void): Promise<EntryOutcome> {
  const ref = feedSourceRef(rule.id, item.externalId);
  if (await findPostIdBySource(ctx.db, ctx.workspaceId, 'rss', ref)) return 'skipped';
  try {
    return await inTransaction(ctx.db, async (sp) => {
      const tx = { ...ctx, db: sp };
      const post = await createPost(tx, { text: renderTemplate(rule.template, entryFields(item)), labels: rule.labels, targets: rule.targetChannelIds.map((channelId) => ({ channelId })), source: 'rss' });
      await setPostSourceRef(sp, ctx.workspaceId, post.id, ref);
      if (rule.mode === 'queue') await queueOrLeave(tx, post.id, scheduled, warn);
      return 'created' as const;
    });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    warn({ ruleId: rule.id, entryId: item.externalId, code: err.code, reason: err.message }, 'feed entry not posted');
    return 'skipped';
  }
}

async function queueOrLeave(ctx: FeedCtx, postId: string, scheduled: ScheduledTarget[], warn: (obj: object, msg: string) => void) {
  try {
    // Collected, not sent: the jobs must not exist before the targets they name are committed.
    await addToQueue({ ...ctx, queuePublish: async (targets) => void scheduled.push(...targets) }, postId);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    if (err.code === 'approval_required') await submitPost(ctx, postId);
    else warn({ postId, code: err.code, reason: err.message }, 'feed post left as a draft');
  }
}

export type FeedRunResult = { read: number; created: number };

export async function runFeedRule(ctx: FeedRunCtx, workspaceId: string, ruleId: string): Promise<FeedRunResult> {
  const warn = ctx.logger ? ctx.logger.warn.bind(ctx.logger) : () => {};
  const result: FeedRunResult = { read: 0, created: 0 };
  for (let page = 0; page < MAX_PAGES; page++) {
    const rule = await findFeedRule(ctx.db, workspaceId, ruleId);
    if (!rule || !rule.enabled) return result;
    const wctx: FeedCtx = { ...ctx, workspaceId, role: 'social_media_manager', actor: { type: 'system', id: null, label: `Feed rule "${rule.name}"` } };
    const readAt = ctx.clock.now();
    const entries = await readFeed(wctx, rule.feedChannelId, { cursor: rule.cursor, limit: PAGE });
    const scheduled: ScheduledTarget[] = [];
    const moved = await inTransaction(ctx.db, async (db) => {
      const locked = await lockFeedRule(db, ruleId);
      // Another worker holds the rule or has read on since: its pass covers these entries.
      if (!locked || locked.cursor !== rule.cursor) return false;
      for (const item of entries.items) {
        if (!isNew(item, locked, rule.cursor === null, readAt)) continue;
        if ((await postEntry({ ...wctx, db }, locked, item, scheduled, warn)) === 'created') result.created++;
      }
      await updateFeedRule(db, workspaceId, ruleId, { cursor: entries.nextCursor, lastRunAt: ctx.clock.now() });
      return true;
    });
    if (!moved) return result;
    result.read += entries.items.length;
    if (scheduled.length > 0) await ctx.queuePublish?.(scheduled);
    if (!entries.hasMore) return result;
  }
  return result;
}
