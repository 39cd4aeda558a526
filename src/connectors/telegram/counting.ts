// Telegram's length limits. The Bot API states them in "characters after entities parsing" and
// measures entities in UTF-16 code units (core.telegram.org/bots/api#messageentity), the SDK's
// `utf-16` rule; a caption (text sent with media) has its own, lower limit.
import { measure } from '../sdk/counting/index.ts';
import { TELEGRAM_CAPTION_LIMIT, TELEGRAM_MESSAGE_LIMIT } from '../sdk/counting/plain.ts';

/** Why Telegram would refuse this text, or undefined when it fits. */
export function tooLong(text: string, asCaption: boolean): string | undefined {
  const limit = asCaption ? TELEGRAM_CAPTION_LIMIT : TELEGRAM_MESSAGE_LIMIT;
  const { used, ok } = measure('utf-16', text, limit);
  if (ok) return undefined;
  return `${asCaption ? 'caption' : 'message'} is too long: ${used} of ${limit} characters (Telegram counts UTF-16 code units)`;
}
