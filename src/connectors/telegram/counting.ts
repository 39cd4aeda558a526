// Telegram's length unit. The Bot API states limits in "characters after entities parsing" and
// measures entities in UTF-16 code units (core.telegram.org/bots/api#messageentity); the server
// counts the text the same way, so an emoji outside the BMP costs 2. The SDK's rules (code points,
// graphemes) under-count such text, so publish checks this before sending.
import { TELEGRAM_CAPTION_LIMIT, TELEGRAM_MESSAGE_LIMIT } from '../sdk/counting/plain.ts';

export const utf16Length = (text: string): number => text.length;

/** Why Telegram would refuse this text, or undefined when it fits. */
export function tooLong(text: string, asCaption: boolean): string | undefined {
  const limit = asCaption ? TELEGRAM_CAPTION_LIMIT : TELEGRAM_MESSAGE_LIMIT;
  const used = utf16Length(text);
  if (used <= limit) return undefined;
  return `${asCaption ? 'caption' : 'message'} is too long: ${used} of ${limit} characters (Telegram counts UTF-16 code units)`;
}
