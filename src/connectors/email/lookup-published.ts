// Read-back: a message whose sending outcome is unknown is looked for in Sent by the Message-ID
// its idempotency key yields (see message-id.ts).
import type { ConnectorContext } from '../sdk/context.ts';
import type { LookupInput, Published } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok } from '../sdk/result.ts';
import type { EmailConfig } from './config.ts';
import { withImap } from './imap.ts';
import { messageIdFor } from './message-id.ts';
import { alreadySent, publishedAs } from './send-message.ts';

export function lookupPublished(ctx: ConnectorContext<EmailConfig>, input: LookupInput): Promise<Result<Published | null>> {
  const messageId = messageIdFor(input.idempotencyKey, ctx.config.from.address);
  return withImap(ctx, async (client) => ok((await alreadySent(client, ctx.config, messageId)) ? publishedAs(messageId) : null));
}
