// What the schema cannot tell: whether a rule's channels, teammates, status and SLA policy exist
// in this workspace. Refusals carry a stable code and, for rule_invalid, a stable `reason`.
import { findMemberRoles } from '../../../db/queries/assignment.ts';
import { findChannelIds } from '../../../db/queries/channels.ts';
import { findSlaPolicies } from '../../../db/queries/sla-policies.ts';
import type { Tx } from '../../../db/client.ts';
import { can } from '../../permissions.ts';
import { AppError } from '../../shared/errors.ts';
import { allStatuses, readInboxSettings, type InboxSettings } from '../settings/inbox-settings.ts';
import { roundRobin, type RuleAction, type RuleConditions } from './rule-schema.ts';

const invalid = (reason: string, message: string, extra: Record<string, unknown> = {}) => new AppError('rule_invalid', message, { reason, ...extra });

/** A status a rule may set: a builtin one but snoozed (it needs a time), or one of the workspace's. */
export function ruleStatusAllowed(status: string, settings: Pick<InboxSettings, 'customStatuses'>): boolean {
  return status !== 'snoozed' && allStatuses(settings).includes(status);
}

export async function checkRule(db: Tx, workspaceId: string, conditions: RuleConditions, actions: RuleAction[]): Promise<void> {
  if (Object.values(conditions).every((v) => v === undefined)) throw invalid('no_conditions', 'A rule needs at least one condition, or it would act on every message');
  for (const type of ['assign', 'set_priority', 'set_status', 'set_sla_policy'] as const) {
    if (actions.filter((a) => a.type === type).length > 1) throw invalid('duplicate_action', `A rule may ${type.replace('_', ' ')} once`, { action: type });
  }
  if (conditions.channelIds) {
    const found = new Set(await findChannelIds(db, workspaceId, conditions.channelIds));
    const missing = conditions.channelIds.filter((id) => !found.has(id));
    if (missing.length > 0) throw invalid('unknown_channel', 'A channel of the rule is not in this workspace', { channelIds: missing });
  }
  const assignee = actions.flatMap((a) => (a.type === 'assign' && a.to !== roundRobin ? [a.to] : []));
  const notified = actions.flatMap((a) => (a.type === 'notify' ? a.userIds : []));
  const roles = await findMemberRoles(db, workspaceId, [...new Set([...assignee, ...notified])]);
  for (const userId of assignee) {
    const role = roles.get(userId);
    if (!role || !can(role, 'inbox.reply')) throw new AppError('assignee_not_allowed', 'A rule can assign only to a member who may reply in the inbox', { userId });
  }
  const strangers = notified.filter((id) => !roles.has(id));
  if (strangers.length > 0) throw invalid('unknown_user', 'A rule can notify only members of the workspace', { userIds: [...new Set(strangers)] });
  const policyId = actions.find((a) => a.type === 'set_sla_policy')?.policyId;
  if (policyId && !(await findSlaPolicies(db, workspaceId, [policyId])).has(policyId)) throw invalid('unknown_sla_policy', 'The SLA policy of the rule is not in this workspace', { policyId });
  const status = actions.find((a) => a.type === 'set_status')?.status;
  if (status === 'snoozed') throw invalid('snooze_needs_time', 'A rule cannot snooze: snoozing needs a time; choose another status');
  if (status !== undefined && !ruleStatusAllowed(status, await readInboxSettings(db, workspaceId))) {
    throw new AppError('unknown_status', `"${status}" is neither a builtin status nor one of the workspace's`, { status });
  }
}
