// The inbox of a webhook channel is what was pushed to it: events already verified and stored
// once by POST /hooks/{channelId}, read in arrival order through ctx.inbound. Activity-only kinds
// (reaction, join) are not inbox items and are skipped.
import type { ConnectorContext } from '../sdk/context.ts';
import type { InboxItem, InboxPage, InboxPageInput } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok } from '../sdk/result.ts';
import { inboundEventSchema, inboxEventTypes, type InboundEvent } from './event-schema.ts';

type InboxKind = InboxItem['kind'];
const isInboxKind = (type: string): type is InboxKind => (inboxEventTypes as readonly string[]).includes(type);

export function toInboxItem(event: InboundEvent): InboxItem | null {
  if (!isInboxKind(event.type)) return null;
  return {
    externalId: event.id,
    kind: event.type,
    author: { externalId: event.author.id, handle: event.author.handle ?? event.author.id, ...(event.author.displayName && { displayName: event.author.displayName }) },
    text: event.text,
    createdAt: new Date(event.occurredAt).toISOString(),
    ...(event.inReplyTo && { inReplyTo: event.inReplyTo }),
    ...(event.url && { url: event.url }),
  };
}

export async function fetchInbox(ctx: ConnectorContext<unknown>, input: InboxPageInput): Promise<Result<InboxPage>> {
  const page = await ctx.inbound.read({ cursor: input.cursor || null, limit: input.limit });
  const items: InboxItem[] = [];
  for (const stored of page.events) {
    // Stored events were validated on receipt; a row that no longer parses is skipped, not fatal.
    const parsed = inboundEventSchema.safeParse(stored.payload);
    const item = parsed.success ? toInboxItem(parsed.data) : null;
    if (item) items.push(item);
  }
  return ok({
    items,
    // No events yet: keep the caller's position (or the beginning).
    nextCursor: page.nextCursor ?? input.cursor ?? '',
    // A full page of events (inbox items or not) means there may be more right away.
    hasMore: page.events.length === input.limit,
  });
}
