// What an inbox rule is made of: conditions on the inbound message (every condition present must
// hold; within a list, any value matches) and the actions taken when they do. One schema for the
// API, the stored rows and the engine, so a rule read back is the rule that was written.
import { z } from 'zod';
import { inboxHats, intents, priorities, sentiments } from '../vocabulary.ts';

const list = <T extends z.ZodType>(item: T, max = 50) => z.array(item).min(1).max(max).optional();
const tag = z.string().trim().min(1).max(50);

export const ruleConditionsSchema = z
  .object({
    // Whole words or phrases, any of them, case-insensitive.
    keywords: list(z.string().trim().min(1).max(100), 100),
    channelIds: list(z.uuid()),
    sentiments: list(z.enum(sentiments), sentiments.length),
    intents: list(z.enum(intents), intents.length),
    // The author's person tags, any of them (case-insensitive).
    personTags: list(tag),
    hat: z.enum(inboxHats).optional(),
  })
  .strict();

export const roundRobin = 'round_robin';

export const ruleActionSchema = z.discriminatedUnion('type', [
  // A teammate, or the next available member in the round-robin; never takes a conversation from its assignee.
  z.object({ type: z.literal('assign'), to: z.union([z.literal(roundRobin), z.uuid()]) }).strict(),
  z.object({ type: z.literal('tag'), tags: z.array(tag).min(1).max(20) }).strict(),
  z.object({ type: z.literal('set_priority'), priority: z.enum(priorities) }).strict(),
  // A builtin status but snoozed (which needs a time), or one of the workspace's own.
  z.object({ type: z.literal('set_status'), status: z.string().trim().min(1).max(50) }).strict(),
  // An in-app notification to these teammates.
  z.object({ type: z.literal('notify'), userIds: z.array(z.uuid()).min(1).max(50), message: z.string().trim().max(500).optional() }).strict(),
  // The SLA policy whose targets the conversation's clocks follow from now on (a new one's from its start).
  z.object({ type: z.literal('set_sla_policy'), policyId: z.uuid() }).strict(),
]);

export const ruleFieldsSchema = z.object({
  name: z.string().trim().min(1).max(200),
  enabled: z.boolean(),
  conditions: ruleConditionsSchema,
  actions: z.array(ruleActionSchema).min(1).max(20),
});

export type RuleConditions = z.infer<typeof ruleConditionsSchema>;
export type RuleAction = z.infer<typeof ruleActionSchema>;
export type RuleFields = z.infer<typeof ruleFieldsSchema>;
export type RuleInput = Omit<RuleFields, 'enabled'> & { enabled?: boolean; position?: number };
export type RulePatch = Partial<RuleFields> & { position?: number };
