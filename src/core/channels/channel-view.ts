// A channel as the API, CLI and web see it: never the credentials, and a rate limit that has run
// out reads as healthy.
import type { ChannelRow } from '../../db/queries/channels.ts';

export type Channel = ChannelRow;

export function presentChannel(row: ChannelRow, now: Date): Channel {
  const lapsed = row.health === 'rate_limited' && (row.rateLimitedUntil === null || row.rateLimitedUntil <= now);
  return lapsed ? { ...row, health: 'ok', healthReason: null, rateLimitedUntil: null } : row;
}
