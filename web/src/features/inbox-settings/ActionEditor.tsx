// One action of a rule: what it does and its value (who, which tags, which priority, status or SLA policy).
import { ActionIcon, Group, MultiSelect, Select, TagsInput, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { priorities, type RuleAction } from '../../api/inbox-settings-types.ts';
import { actionLabels, priorityLabels } from './rule-words.ts';

type Option = { value: string; label: string };
type Props = { action: RuleAction; index: number; members: Option[]; statuses: string[]; slaPolicies: Option[]; onChange: (a: RuleAction) => void; onRemove: () => void };

export const blankAction = (type: RuleAction['type']): RuleAction => {
  switch (type) {
    case 'assign':
      return { type, to: 'round_robin' };
    case 'tag':
      return { type, tags: [] };
    case 'set_priority':
      return { type, priority: 'high' };
    case 'set_status':
      return { type, status: 'pending' };
    case 'notify':
      return { type, userIds: [] };
    case 'set_sla_policy':
      return { type, policyId: '' };
  }
};

export function actionError(a: RuleAction): string | null {
  if (a.type === 'tag' && a.tags.length === 0) return 'Add a tag';
  if (a.type === 'notify' && a.userIds.length === 0) return 'Pick who to notify';
  if (a.type === 'set_sla_policy' && !a.policyId) return 'Pick an SLA policy';
  return null;
}

const typeOptions = (Object.keys(actionLabels) as RuleAction['type'][]).map((value) => ({ value, label: actionLabels[value] }));

export function ActionEditor({ action, index, members, statuses, slaPolicies, onChange, onRemove }: Props) {
  const n = index + 1;
  const value = () => {
    switch (action.type) {
      case 'assign':
        return (
          <Select aria-label={`Action ${n}: assign to`} data={[{ value: 'round_robin', label: 'Round robin (next available member)' }, ...members]} value={action.to} onChange={(v) => v && onChange({ ...action, to: v })} allowDeselect={false} searchable style={{ flex: 1 }} />
        );
      case 'tag':
        return <TagsInput aria-label={`Action ${n}: tags`} placeholder="Tags to add" value={action.tags} onChange={(tags) => onChange({ ...action, tags })} maxTags={20} style={{ flex: 1 }} error={actionError(action)} />;
      case 'set_priority':
        return <Select aria-label={`Action ${n}: priority`} data={priorities.map((p) => ({ value: p, label: priorityLabels[p]! }))} value={action.priority} onChange={(v) => v && onChange({ ...action, priority: v as typeof action.priority })} allowDeselect={false} style={{ flex: 1 }} />;
      case 'set_status':
        return <Select aria-label={`Action ${n}: status`} data={statuses} value={action.status} onChange={(v) => v && onChange({ ...action, status: v })} allowDeselect={false} style={{ flex: 1 }} />;
      case 'set_sla_policy':
        return (
          <Select
            aria-label={`Action ${n}: SLA policy`}
            placeholder={slaPolicies.length ? 'SLA policy' : 'No SLA policy yet: add one under SLA'}
            data={slaPolicies}
            value={action.policyId || null}
            onChange={(v) => v && onChange({ ...action, policyId: v })}
            allowDeselect={false}
            style={{ flex: 1 }}
            error={actionError(action)}
          />
        );
      case 'notify':
        return (
          <Group gap="xs" style={{ flex: 1 }} align="flex-start" wrap="wrap">
            <MultiSelect aria-label={`Action ${n}: teammates to notify`} placeholder="Teammates" data={members} value={action.userIds} onChange={(userIds) => onChange({ ...action, userIds })} searchable style={{ flex: '1 1 200px' }} error={actionError(action)} />
            <TextInput aria-label={`Action ${n}: message`} placeholder="Message (optional)" value={action.message ?? ''} onChange={(e) => onChange({ ...action, message: e.currentTarget.value || undefined })} maxLength={500} style={{ flex: '1 1 200px' }} />
          </Group>
        );
    }
  };
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" component="li">
      <Select aria-label={`Action ${n}`} data={typeOptions} value={action.type} onChange={(v) => v && v !== action.type && onChange(blankAction(v as RuleAction['type']))} allowDeselect={false} w={150} />
      {value()}
      <ActionIcon variant="subtle" color="red" mt={6} onClick={onRemove} aria-label={`Remove action ${n}`}>
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
}
