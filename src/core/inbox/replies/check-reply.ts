// What the reply box shows as the teammate types (POST .../replies/check) and what sending checks
// again before it accepts a reply: the text against the channel's stored limit, counted by the
// network's own rule with the composer's own check (checkText), and whether the channel can take
// a reply at all. Notes are never checked: they stay inside Tandem.
import type { AccountLimits } from '../../../connectors/sdk/limits.ts';
import { checkText, type TextReport } from '../../publishing/validation/check-text.ts';
import type { ReplyCtx } from './reply-ctx.ts';
import { loadReplyChannel, type ChannelIssue } from './reply-channel.ts';

export type ReplyIssue = { code: ChannelIssue['code'] | 'reply_empty' | 'text_too_long' | 'text_too_many_bytes'; message: string; field: 'text' | 'channel' };

export type ReplyCheck = {
  ok: boolean;
  issues: ReplyIssue[];
  /** Null when the channel's connector is unknown to this process. */
  text: TextReport | null;
  /** Characters left in the network's unit; negative when over. */
  remaining: number | null;
};

/** The text alone against the limits (pure). */
export function checkReplyText(limits: AccountLimits | null, text: string): { text: TextReport | null; issues: ReplyIssue[] } {
  const issues: ReplyIssue[] = [];
  if (text.trim() === '') issues.push({ code: 'reply_empty', field: 'text', message: 'Write something: the reply is empty.' });
  if (!limits) return { text: null, issues };
  const checked = checkText(limits.text, text);
  for (const p of checked.problems) issues.push({ code: p.code as 'text_too_long' | 'text_too_many_bytes', field: 'text', message: p.message });
  return { text: checked.report, issues };
}

export async function checkReply(ctx: ReplyCtx, conversationId: string, input: { text: string }): Promise<ReplyCheck> {
  const channel = await loadReplyChannel(ctx.db, ctx.connectors, ctx.workspaceId, conversationId);
  // A channel that cannot reply at all has no limit worth counting against.
  const cannot = channel.issues.some((i) => i.code !== 'channel_disconnected');
  const checked = checkReplyText(cannot ? null : channel.limits, input.text);
  const issues: ReplyIssue[] = [...channel.issues.map((i) => ({ ...i, field: 'channel' as const })), ...checked.issues];
  return { ok: issues.length === 0, issues, text: checked.text, remaining: checked.text?.remaining ?? null };
}
