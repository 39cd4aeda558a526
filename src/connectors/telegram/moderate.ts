// Moderation: delete a message ("chatId:messageId"), or act on a member. A member target is
// "chatId:userId" for one chat, or a bare user id for every configured chat (a person banned from
// the brand's group is usually unwelcome in its other chats too). The bot must be an admin with
// the matching rights.
import type { ModerationInput } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok, rejected } from '../sdk/result.ts';
import type { TelegramContext } from './bot-api.ts';
import { withBotApi } from './bot-api.ts';
import { parseMessageRef } from './ids.ts';

// restrictChatMember: "If user is restricted for more than 366 days or less than 30 seconds from
// the current time, they are considered to be restricted forever" — keep timeouts inside that.
const MIN_TIMEOUT_SECONDS = 31;
const MAX_TIMEOUT_SECONDS = 366 * 24 * 3600 - 60;
const DEFAULT_TIMEOUT_SECONDS = 3600;

const muted = {
  can_send_messages: false, can_send_audios: false, can_send_documents: false, can_send_photos: false,
  can_send_videos: false, can_send_video_notes: false, can_send_voice_notes: false, can_send_polls: false,
  can_send_other_messages: false, can_add_web_page_previews: false,
};

function memberTargets(ctx: TelegramContext, target: string): Array<{ chatId: string; userId: number }> | undefined {
  const ref = parseMessageRef(target);
  if (ref) return [{ chatId: ref.chatId, userId: ref.messageId }];
  if (!/^\d+$/.test(target)) return undefined;
  return ctx.config.chats.map((chatId) => ({ chatId, userId: Number(target) }));
}

async function onMember(ctx: TelegramContext, input: ModerationInput, chatId: string, userId: number): Promise<Result<true>> {
  if (input.action === 'ban') return withBotApi(ctx, (api) => api.banChatMember(chatId, userId));
  if (input.action === 'kick') {
    // Telegram has no kick: ban, then lift the ban so the person may join again.
    const banned = await withBotApi(ctx, (api) => api.banChatMember(chatId, userId));
    return banned.ok ? withBotApi(ctx, (api) => api.unbanChatMember(chatId, userId, { only_if_banned: true })) : banned;
  }
  const seconds = Math.min(MAX_TIMEOUT_SECONDS, Math.max(MIN_TIMEOUT_SECONDS, input.durationSeconds ?? DEFAULT_TIMEOUT_SECONDS));
  const until = Math.floor(ctx.now().getTime() / 1000) + seconds;
  return withBotApi(ctx, (api) => api.restrictChatMember(chatId, userId, muted, { until_date: until, use_independent_chat_permissions: true }));
}

export async function moderate(ctx: TelegramContext, input: ModerationInput): Promise<Result<void>> {
  if (input.action === 'delete') {
    const ref = parseMessageRef(input.targetExternalId);
    if (!ref) return rejected(`not a Telegram message id: ${input.targetExternalId}`, 'bad_target');
    const deleted = await withBotApi(ctx, (api) => api.deleteMessage(ref.chatId, ref.messageId));
    return deleted.ok ? ok(undefined) : deleted;
  }
  if (input.action !== 'ban' && input.action !== 'kick' && input.action !== 'timeout') return rejected(`Telegram has no "${input.action}" for bots`, 'unsupported_action');
  const targets = memberTargets(ctx, input.targetExternalId);
  if (!targets) return rejected(`not a Telegram user id: ${input.targetExternalId}`, 'bad_target');
  // Across several chats, a refusal in one (a channel cannot restrict, the person is not there)
  // does not undo the others; any other error stops at once.
  let firstRefusal: Result<void> | undefined;
  let applied = 0;
  for (const { chatId, userId } of targets) {
    const done = await onMember(ctx, input, chatId, userId);
    if (done.ok) applied++;
    else if (done.error.kind === 'rejected') firstRefusal ??= done;
    else return done;
  }
  return applied > 0 || !firstRefusal ? ok(undefined) : firstRefusal;
}
