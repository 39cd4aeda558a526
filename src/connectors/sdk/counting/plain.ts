// Simple limits for networks that count characters without weights: Discord counts code points
// (its API is Python 3), Telegram UTF-16 code units (how the Bot API measures entities), so an
// emoji outside the BMP is 1 on Discord and 2 on Telegram.
import type { CountingRule } from './rule.ts';
import { countCodePoints, countGraphemes } from './segment.ts';

export const DISCORD_MESSAGE_LIMIT = 2_000;
export const TELEGRAM_MESSAGE_LIMIT = 4_096;
export const TELEGRAM_CAPTION_LIMIT = 1_024;

export const codePoints: CountingRule = { id: 'code-points', count: countCodePoints };

export const utf16: CountingRule = { id: 'utf-16', count: (text) => text.length };

export const graphemes: CountingRule = { id: 'graphemes', count: countGraphemes };
