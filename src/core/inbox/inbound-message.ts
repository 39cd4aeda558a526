// What ingestion hands to the rest of the inbox after it stored a batch: each new inbound
// message, scored, in its conversation. Rules, auto-assignment and SLA clocks read only this.
import type { Intent, Sentiment } from './vocabulary.ts';

export type InboundMessage = {
  messageId: string;
  conversationId: string;
  /** True when this message opened the conversation. */
  newConversation: boolean;
  channelId: string;
  personId: string | null;
  text: string;
  sentiment: Sentiment;
  intents: Intent[];
  language: string | null;
  occurredAt: Date;
};
