// The inbox's fixed words, shared by the schema, the server and the web app (no database imports).
export const builtinStatuses = ['open', 'pending', 'snoozed', 'resolved'] as const;
export type BuiltinStatus = (typeof builtinStatuses)[number];
export const priorities = ['none', 'low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof priorities)[number];
// A conversation sits in one hat's queue (a member wearing both sees both).
export const inboxHats = ['social', 'community'] as const;
export type InboxHat = (typeof inboxHats)[number];
// in: from the network; reply: a teammate's answer through the channel; note: internal, never sent.
export const messageKinds = ['in', 'reply', 'note'] as const;
export type MessageKind = (typeof messageKinds)[number];
export const sendStates = ['scheduled', 'sending', 'sent', 'failed'] as const;
export type SendState = (typeof sendStates)[number];
export const sentiments = ['positive', 'neutral', 'negative'] as const;
export type Sentiment = (typeof sentiments)[number];
export const intents = ['question', 'complaint', 'praise', 'bug_report', 'feature_request', 'spam_suspicion'] as const;
export type Intent = (typeof intents)[number];
