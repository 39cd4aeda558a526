// The documented JSON shape of an event pushed to POST /hooks/{channelId} (see README.md).
// Inbox kinds become inbox items and activities; the other kinds become activities only.
import { z } from 'zod';

export const inboxEventTypes = ['message', 'mention', 'reply', 'comment', 'dm'] as const;
export const activityOnlyEventTypes = ['reaction', 'join'] as const;
export const inboundEventTypes = [...inboxEventTypes, ...activityOnlyEventTypes] as const;
export type InboundEventType = (typeof inboundEventTypes)[number];

export const maxInboundBodyBytes = 256 * 1024;

export const inboundEventSchema = z.strictObject({
  /** Unique per channel: the same id sent twice is stored once (retries are safe). */
  id: z.string().trim().min(1).max(200),
  type: z.enum(inboundEventTypes),
  /** ISO 8601 with a time zone; when it happened in the sending system. */
  occurredAt: z.iso.datetime({ offset: true }),
  author: z.strictObject({
    /** Stable id of the person in the sending system; becomes a `webhook` identity. */
    id: z.string().trim().min(1).max(200),
    handle: z.string().trim().min(1).max(200).optional(),
    displayName: z.string().trim().min(1).max(200).optional(),
  }),
  text: z.string().max(20_000).default(''),
  /** The id of the event this one answers. */
  inReplyTo: z.string().trim().min(1).max(200).optional(),
  url: z.url({ protocol: /^https?$/ }).max(2_000).optional(),
  /** Anything else worth keeping; stored with the activity. */
  data: z.record(z.string(), z.unknown()).optional(),
});

export type InboundEvent = z.output<typeof inboundEventSchema>;

/** The activity type an event is recorded as. */
export const activityTypeOf: Record<InboundEventType, string> = {
  message: 'posted',
  mention: 'mentioned',
  reply: 'replied',
  comment: 'commented',
  dm: 'messaged',
  reaction: 'reacted',
  join: 'joined',
};
