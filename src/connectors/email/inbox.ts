// New mail from the configured mailbox, oldest first, by UID. The cursor is "uidvalidity:lastUid".
// When the server changes UIDVALIDITY (the mailbox was recreated or rebuilt) old UIDs mean
// nothing: reading starts over from the backfill horizon, and what comes back twice has the same
// externalId (its Message-ID), on which Tandem stores inbound messages once.
import type { ConnectorContext } from '../sdk/context.ts';
import type { InboxItem, InboxPage, InboxPageInput } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok } from '../sdk/result.ts';
import type { EmailConfig } from './config.ts';
import { withImap } from './imap.ts';
import { inboxItemOf, parseEmail } from './parse-message.ts';

/** Headers and text come first in a message; attachments are not read into the inbox. */
const MAX_SOURCE_BYTES = 1024 * 1024;
const DAY_MS = 86_400_000;

function parseCursor(cursor: string | null): { uidValidity: string; lastUid: number } | undefined {
  const match = /^(\d+):(\d+)$/.exec(cursor ?? '');
  return match?.[1] && match[2] ? { uidValidity: match[1], lastUid: Number(match[2]) } : undefined;
}

export function fetchInbox(ctx: ConnectorContext<EmailConfig>, input: InboxPageInput): Promise<Result<InboxPage>> {
  const { mailbox } = ctx.config.imap;
  return withImap(ctx, async (client) => {
    const lock = await client.getMailboxLock(mailbox, { readOnly: true });
    try {
      const state = client.mailbox === false ? undefined : client.mailbox;
      const uidValidity = String(state?.uidValidity ?? 0n);
      const cursor = parseCursor(input.cursor);
      const resume = cursor?.uidValidity === uidValidity ? cursor.lastUid : undefined;
      const since = new Date(ctx.now().getTime() - ctx.config.backfillDays * DAY_MS);
      const found = (await client.search(resume === undefined ? { since } : { uid: `${resume + 1}:*` }, { uid: true })) || [];
      // "n:*" includes the highest UID even when it is below n (RFC 3501 §6.4.8).
      const newer = found.filter((uid) => uid > (resume ?? 0)).sort((a, b) => a - b);
      const page = newer.slice(0, Math.max(1, input.limit));
      const items: InboxItem[] = [];
      if (page.length > 0) {
        for await (const message of client.fetch(page.join(','), { uid: true, internalDate: true, source: { maxLength: MAX_SOURCE_BYTES } }, { uid: true })) {
          if (!message.source) continue;
          const email = await parseEmail(message.source);
          // What this account sent itself (a copy to self) is not inbound.
          if (email.from?.address === ctx.config.from.address.toLowerCase()) continue;
          const received = message.internalDate instanceof Date ? message.internalDate : new Date(message.internalDate ?? ctx.now());
          items.push(inboxItemOf(email, received));
        }
      }
      // A first read with nothing in the horizon still moves the cursor past older mail.
      const lastUid = page.at(-1) ?? (resume ?? Math.max(0, (state?.uidNext ?? 1) - 1));
      return ok({ items, nextCursor: `${uidValidity}:${lastUid}`, hasMore: newer.length > page.length });
    } finally {
      lock.release();
    }
  });
}
