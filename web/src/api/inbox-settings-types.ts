// Shapes of the inbox configuration API's answers: settings (src/http/routes/inbox.ts), saved
// replies, rules, SLA policies, availability and workload. The words (statuses, hats, sentiments,
// intents) and the rule schema are the server's own, so the web never offers what it would refuse.
import type { RuleAction, RuleConditions } from '../../../src/core/inbox/rules/rule-schema.ts';
import { builtinStatuses, inboxHats, intents, priorities, sentiments, type InboxHat, type Intent, type Sentiment } from '../../../src/core/inbox/vocabulary.ts';

export { builtinStatuses, inboxHats, intents, priorities, sentiments };
export type { InboxHat, Intent, RuleAction, RuleConditions, Sentiment };

export type InboxSettings = {
  postRepliesHat: InboxHat;
  customStatuses: string[];
  autoAssign: boolean;
  defaultOpenCap: number;
  updatedAt: string | null;
};

/** A channel with the hat whose queue its new conversations land in (GET /inbox/channels). */
export type ChannelInboxHat = { id: string; network: string; displayName: string; status: 'active' | 'disconnected'; inboxHat: InboxHat };

export type SavedReply = { id: string; name: string; shortcut: string; body: string; createdAt: string; updatedAt: string };
export type SavedReplyInput = { name: string; shortcut: string; body: string };

export type InboxRule = { id: string; name: string; enabled: boolean; position: number; conditions: RuleConditions; actions: RuleAction[]; createdAt: string; updatedAt: string };
export type InboxRuleInput = { name: string; enabled: boolean; conditions: RuleConditions; actions: RuleAction[] };
/** What "test a message" sends: the text and what the message would come with. */
export type RuleTestInput = { text: string; channelId?: string; sentiment?: Sentiment; intents?: Intent[]; personTags?: string[]; hat?: InboxHat };
/** facts: what the rules saw (sentiment and intents scored from the text unless given); disabled rules are listed too, marked. */
export type RuleTestResult = {
  facts: { text: string; channelId: string | null; sentiment: Sentiment | null; intents: Intent[]; personTags: string[]; hat: InboxHat | null };
  matches: { id: string; name: string; position: number; enabled: boolean; actions: RuleAction[] }[];
};

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const weekdays: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** Opening hours per weekday as ["09:00", "17:00"] ranges in the policy's zone; a missing day is closed. */
export type BusinessHours = { timeZone: string; week: Partial<Record<Weekday, [string, string][]>> };

export type SlaPolicy = {
  id: string;
  name: string;
  firstResponseMinutes: number | null;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
  businessHours: BusinessHours | null;
  holidays: string[];
  warnBeforeMinutes: number;
  isDefault: boolean;
  createdAt: string;
  updatedAt: string;
};
export type SlaPolicyInput = Omit<SlaPolicy, 'id' | 'createdAt' | 'updatedAt'>;

/** One kind of measured time in the report: how many were stored and their averages. */
export type SlaReportStats = { count: number; avgSeconds: number | null; avgBusinessSeconds: number | null };
/** Warnings or breaches per clock, and all of them. */
export type SlaByClock = { first_response: number; next_response: number; resolution: number; total: number };
/** Sums of the stored first_response, reply, resolution, sla_warning and sla_breach events in [from, to). */
export type SlaReport = { from: string; to: string; firstResponse: SlaReportStats; reply: SlaReportStats; resolution: SlaReportStats; warnings: SlaByClock; breaches: SlaByClock };

/** A member who may answer the inbox, with their load now (src/http/routes/availability.ts). */
export type MemberLoad = {
  userId: string;
  name: string;
  email: string;
  role: string;
  hat: string;
  available: boolean;
  // Assigned conversations neither pending, snoozed nor resolved.
  open: number;
  // The cap in force: their own, else the workspace's default.
  cap: number;
  ownCap: number | null;
  lastAssignedAt: string | null;
};
export type Availability = { members: MemberLoad[]; defaultOpenCap: number };

export type Workload = {
  from: string;
  to: string;
  // Each point is the highest open count in its bucket.
  bucketSeconds: number;
  members: MemberLoad[];
  series: { userId: string; points: { at: string; open: number }[] }[];
};
