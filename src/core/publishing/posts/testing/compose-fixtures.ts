// Channels for composer tests: real connectors' networks with the limits stored as connect would
// store them, so validation reads channels.limits like it does in production.
import type { AccountLimits } from '../../../../connectors/sdk/limits.ts';
import type { Tx } from '../../../../db/client.ts';
import { updateChannel } from '../../../../db/queries/channels.ts';
import { insertTestChannel } from '../../../../testing/test-channel.ts';

export async function insertComposeChannel(db: Tx, input: { workspaceId: string; network: string; displayName: string; limits?: AccountLimits }) {
  const channel = await insertTestChannel(db, input);
  if (input.limits) await updateChannel(db, input.workspaceId, channel.id, { limits: input.limits });
  return channel;
}

export const shortLimits = (maxLength: number, countingRule: AccountLimits['text']['countingRule'], dailyPublishCap: number | null = null): AccountLimits => ({
  text: { maxLength, countingRule },
  media: { maxItems: 2, mimeTypes: ['image/jpeg', 'image/png'], maxBytesPerItem: 1_000_000 },
  dailyPublishCap,
  rateLimits: [],
});
