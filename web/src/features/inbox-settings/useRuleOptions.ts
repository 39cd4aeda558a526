// What a rule may name: channels, members who answer the inbox, the statuses a rule may set and the SLA policies.
import { builtinStatuses } from '../../api/inbox-settings-types.ts';
import { useChannels } from '../channels/useChannels.ts';
import { useMembers } from '../members/useMembers.ts';
import { can } from '../workspaces/permissions.ts';
import { useInboxSettings } from './useInboxSettings.ts';
import { useSlaPolicies } from './useSlaPolicies.ts';

export function useRuleOptions(workspaceId: string) {
  const channels = useChannels(workspaceId);
  const members = useMembers(workspaceId);
  const settings = useInboxSettings(workspaceId);
  const policies = useSlaPolicies(workspaceId);
  const channelOptions = (channels.data ?? []).map((c) => ({ value: c.id, label: c.displayName }));
  const memberOptions = (members.data?.members ?? []).filter((m) => can(m.role, 'inbox.reply')).map((m) => ({ value: m.userId, label: m.name }));
  // Snoozing needs a time, which a rule does not have.
  const statuses = [...builtinStatuses.filter((s) => s !== 'snoozed'), ...(settings.data?.customStatuses ?? [])];
  const channelName = (id: string) => channels.data?.find((c) => c.id === id)?.displayName ?? 'a removed channel';
  const memberName = (id: string) => members.data?.members.find((m) => m.userId === id)?.name ?? 'a former member';
  const slaPolicyOptions = (policies.data ?? []).map((p) => ({ value: p.id, label: p.name }));
  const slaPolicyName = (id: string) => policies.data?.find((p) => p.id === id)?.name ?? 'a removed policy';
  return { channelOptions, memberOptions, statuses, slaPolicyOptions, names: { channel: channelName, member: memberName, slaPolicy: slaPolicyName }, error: channels.error ?? members.error ?? settings.error ?? policies.error };
}
