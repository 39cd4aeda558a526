// Simple limits for networks that count characters without weights. Discord and Telegram state
// their limits in "characters" without saying which unit; code points are the cautious reading
// (an emoji family is 7 code points but 1 grapheme, so counting graphemes could let through a
// message they refuse). Each network's connector confirms its unit when it lands.
import type { CountingRule } from './rule.ts';
import { countCodePoints, countGraphemes } from './segment.ts';

export const DISCORD_MESSAGE_LIMIT = 2_000;
export const TELEGRAM_MESSAGE_LIMIT = 4_096;
export const TELEGRAM_CAPTION_LIMIT = 1_024;

export const codePoints: CountingRule = { id: 'code-points', count: countCodePoints };

export const graphemes: CountingRule = { id: 'graphemes', count: countGraphemes };
