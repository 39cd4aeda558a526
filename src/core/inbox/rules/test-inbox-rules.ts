// "Which rules would this message trigger?": a sample message goes through the same matcher as
// ingestion, without writing anything. Sentiment and intents come from the message scorer unless
// given; facts not given (channel, hat, author) are absent, so conditions on them do not hold.
import { findPersonTags } from '../../../db/queries/inbox-rules.ts';
import { scoreOffThread } from '../../../nlp/off-thread/score-off-thread.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';
import type { InboxHat, Intent, Sentiment } from '../vocabulary.ts';
import { listRules, type InboxRule } from './inbox-rules.ts';
import { compileConditions, matchesConditions, type MessageFacts } from './match-rule.ts';

export type RuleTestInput = { text: string; channelId?: string; sentiment?: Sentiment; intents?: Intent[]; personId?: string; personTags?: string[]; hat?: InboxHat };
export type RuleTestResult = { facts: Omit<MessageFacts, 'intents' | 'personTags'> & { intents: Intent[]; personTags: string[] }; matches: Array<Pick<InboxRule, 'id' | 'name' | 'position' | 'enabled' | 'actions'>> };

export async function testInboxRules(ctx: WorkspaceCtx, input: RuleTestInput): Promise<RuleTestResult> {
  const scored = input.sentiment && input.intents ? undefined : (await scoreOffThread([input.text]))[0];
  let personTags = input.personTags ?? [];
  if (input.personId) {
    const tags = (await findPersonTags(ctx.db, ctx.workspaceId, [input.personId])).get(input.personId);
    if (!tags) throw notFound('Person');
    personTags = [...personTags, ...tags];
  }
  const facts: MessageFacts = { text: input.text, channelId: input.channelId ?? null, sentiment: input.sentiment ?? scored!.sentiment, intents: input.intents ?? scored!.intents, personTags, hat: input.hat ?? null };
  const rules = await listRules(ctx);
  // Disabled rules are listed too (enabled: false): the settings page shows what they would do.
  const matches = rules.filter((r) => matchesConditions(compileConditions(r.conditions), facts)).map(({ id, name, position, enabled, actions }) => ({ id, name, position, enabled, actions }));
  return { facts: { ...facts, intents: [...facts.intents], personTags: [...facts.personTags] }, matches };
}
