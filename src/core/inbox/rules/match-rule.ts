// Whether a message meets a rule's conditions. Pure: the engine and the test endpoint gather the
// facts (the author's tags, the conversation's hat) and ask here. Every condition present must
// hold; a list condition holds when any of its values does.
import type { InboxHat, Intent, Sentiment } from '../vocabulary.ts';
import type { RuleConditions } from './rule-schema.ts';

export type MessageFacts = {
  text: string;
  channelId: string | null;
  sentiment: Sentiment | null;
  intents: readonly Intent[];
  personTags: readonly string[];
  hat: InboxHat | null;
};

export type CompiledConditions = RuleConditions & { keywordPatterns: RegExp[] };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A keyword matches as a whole word or phrase: "late" matches "Late again!" but not "chocolate";
 * inner spaces match any run of spaces; "#launch" and "@acme" work too (the edges that are letters
 * or digits must not touch other letters or digits).
 */
export function keywordPattern(keyword: string): RegExp {
  const body = keyword.normalize('NFKC').trim().split(/\s+/).map(escape).join('\\s+');
  const start = /^[\p{L}\p{N}_]/u.test(keyword.trim()) ? '(?<![\\p{L}\\p{N}_])' : '';
  const end = /[\p{L}\p{N}_]$/u.test(keyword.trim()) ? '(?![\\p{L}\\p{N}_])' : '';
  return new RegExp(`${start}${body}${end}`, 'iu');
}

export const compileConditions = (conditions: RuleConditions): CompiledConditions => ({ ...conditions, keywordPatterns: (conditions.keywords ?? []).map(keywordPattern) });

const lower = (values: readonly string[]) => new Set(values.map((v) => v.toLowerCase()));

export function matchesConditions(c: CompiledConditions, m: MessageFacts): boolean {
  if (c.keywordPatterns.length > 0) {
    const text = m.text.normalize('NFKC');
    if (!c.keywordPatterns.some((p) => p.test(text))) return false;
  }
  if (c.channelIds && (!m.channelId || !c.channelIds.includes(m.channelId))) return false;
  if (c.sentiments && (!m.sentiment || !c.sentiments.includes(m.sentiment))) return false;
  if (c.intents && !c.intents.some((i) => m.intents.includes(i))) return false;
  if (c.personTags) {
    const tags = lower(m.personTags);
    if (!c.personTags.some((t) => tags.has(t.toLowerCase()))) return false;
  }
  if (c.hat && m.hat !== c.hat) return false;
  return true;
}
