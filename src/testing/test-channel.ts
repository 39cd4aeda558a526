// A channel row inserted directly, for tests that need a channel but not a connector (people,
// activities, backups, isolation walks). Credentials are sealed like the real connect does.
import { seal, type Keyring } from '../crypto/secrets.ts';
import type { Tx } from '../db/client.ts';
import { insertChannel, type ChannelRow } from '../db/queries/channels.ts';
import { newId } from '../core/shared/ids.ts';

export type TestChannelInput = { workspaceId: string; network?: string; displayName?: string; credentials?: Record<string, unknown>; keyring?: Keyring; accountId?: string; credentialsExpireAt?: Date; config?: Record<string, unknown> };

export function insertTestChannel(db: Tx, input: TestChannelInput): Promise<ChannelRow> {
  if (input.credentials && !input.keyring) throw new Error('insertTestChannel: credentials need a keyring to be sealed');
  return insertChannel(db, {
    id: newId(),
    workspaceId: input.workspaceId,
    network: input.network ?? 'mastodon',
    displayName: input.displayName ?? 'Test channel',
    accountId: input.accountId ?? null,
    config: input.config ?? {},
    credentials: input.credentials ? seal(input.keyring!, JSON.stringify(input.credentials)) : null,
    credentialsExpireAt: input.credentialsExpireAt ?? null,
  });
}
