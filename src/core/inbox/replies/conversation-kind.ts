// Whether a conversation is a private exchange (a DM) or public (comments, mentions, replies). The
// thread key says it: ingestion keys direct conversations by their partner as "dm:<partner id>".
// A DM is answered only on a channel whose connector declares 'dm', so that a private message is
// never answered through an operation meant for public replies.
import type { Capability } from '../../../connectors/sdk/manifest.ts';

export const DIRECT_THREAD_PREFIX = 'dm:';

export const directThreadKey = (partnerExternalId: string): string => `${DIRECT_THREAD_PREFIX}${partnerExternalId}`;

export const isDirectConversation = (threadKey: string): boolean => threadKey.startsWith(DIRECT_THREAD_PREFIX);

/** The capability a channel needs to answer this conversation. */
export const replyCapabilityFor = (threadKey: string): Extract<Capability, 'reply' | 'dm'> => (isDirectConversation(threadKey) ? 'dm' : 'reply');
