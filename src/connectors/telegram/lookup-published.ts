// Read-back after an unknown outcome (a timeout after sending) is impossible on Telegram: the Bot
// API has no idempotency key, a bot cannot read a chat's history (no getHistory method), and it
// receives no update for its own messages. Answering "not found" would invite a retry and maybe a
// duplicate, so this says plainly that it cannot tell; a person has to look in the chat.
import type { LookupInput, Published } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { rejected } from '../sdk/result.ts';
import type { TelegramContext } from './bot-api.ts';

export const LOOKUP_UNSUPPORTED = 'lookup_unsupported';

export async function lookupPublished(_ctx: TelegramContext, _input: LookupInput): Promise<Result<Published | null>> {
  return rejected(
    "Telegram bots cannot read a chat's history, so whether this message was sent cannot be checked: look in the chat before publishing again",
    LOOKUP_UNSUPPORTED,
  );
}
