// Rules described in words, for the list ("When a message mentions refund on Main, assign round robin").
import { inboxHats, type InboxRule, type RuleAction } from '../../api/inbox-settings-types.ts';
import { hatLabels } from '../workspaces/permissions.ts';

export const sentimentLabels: Record<string, string> = { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' };
export const intentLabels: Record<string, string> = {
  question: 'Question',
  complaint: 'Complaint',
  praise: 'Praise',
  bug_report: 'Bug report',
  feature_request: 'Feature request',
  spam_suspicion: 'Spam suspicion',
};
export const priorityLabels: Record<string, string> = { none: 'None', low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' };
export const hatOptions = inboxHats.map((h) => ({ value: h, label: hatLabels[h] }));
export const actionLabels: Record<RuleAction['type'], string> = { assign: 'Assign', tag: 'Tag', set_priority: 'Set priority', set_status: 'Set status', notify: 'Notify', set_sla_policy: 'Set SLA policy' };

type Names = { channel: (id: string) => string; member: (id: string) => string; slaPolicy: (id: string) => string };
const any = (words: string[]) => (words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : (words[0] ?? ''));

export function describeConditions(rule: Pick<InboxRule, 'conditions'>, names: Names): string {
  const c = rule.conditions;
  const parts: string[] = [];
  if (c.keywords?.length) parts.push(`says ${any(c.keywords.map((k) => `“${k}”`))}`);
  if (c.channelIds?.length) parts.push(`arrives on ${any(c.channelIds.map(names.channel))}`);
  if (c.hat) parts.push(`is in the ${c.hat} queue`);
  if (c.sentiments?.length) parts.push(`is ${any(c.sentiments.map((s) => sentimentLabels[s]!.toLowerCase()))}`);
  if (c.intents?.length) parts.push(`reads as ${any(c.intents.map((i) => intentLabels[i]!.toLowerCase()))}`);
  if (c.personTags?.length) parts.push(`comes from someone tagged ${any(c.personTags)}`);
  return parts.length ? `When a message ${parts.join(' and ')}` : 'Every message';
}

export function describeAction(a: RuleAction, names: Names): string {
  switch (a.type) {
    case 'assign':
      return a.to === 'round_robin' ? 'assign round robin' : `assign to ${names.member(a.to)}`;
    case 'tag':
      return `tag ${a.tags.join(', ')}`;
    case 'set_priority':
      return `priority ${priorityLabels[a.priority]!.toLowerCase()}`;
    case 'set_status':
      return `status ${a.status}`;
    case 'notify':
      return `notify ${a.userIds.map(names.member).join(', ')}`;
    case 'set_sla_policy':
      return `SLA policy ${names.slaPolicy(a.policyId)}`;
  }
}
