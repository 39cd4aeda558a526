// Create or edit an inbox rule: its name, when it applies and what it does.
import { Button, Divider, Modal, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, formLevelError } from '../../api/client.ts';
import type { InboxRule, RuleAction, RuleConditions } from '../../api/inbox-settings-types.ts';
import { DialogFormButtons } from '../../ui/DialogFormButtons.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { ActionEditor, actionError, blankAction } from './ActionEditor.tsx';
import { ConditionsEditor } from './ConditionsEditor.tsx';
import { useRuleOptions } from './useRuleOptions.ts';
import { useCreateRule, useUpdateRule } from './useRules.ts';

export function RuleModal({ workspaceId, rule, opened, onClose }: { workspaceId: string; rule?: InboxRule; opened: boolean; onClose: () => void }) {
  const create = useCreateRule(workspaceId);
  const update = useUpdateRule(workspaceId);
  const mutation = rule ? update : create;
  const options = useRuleOptions(workspaceId);
  const [name, setName] = useState(rule?.name ?? '');
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);
  const [conditions, setConditions] = useState<RuleConditions>(rule?.conditions ?? {});
  const [actions, setActions] = useState<RuleAction[]>(rule?.actions ?? [blankAction('assign')]);
  const [tried, setTried] = useState(false);
  const errors = fieldErrorsOf(mutation.error);
  const invalid = !name.trim() || actions.length === 0 || actions.some(actionError);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (invalid) return;
    const input = { name: name.trim(), enabled, conditions, actions };
    if (rule) update.mutate({ id: rule.id, input }, { onSuccess: onClose });
    else create.mutate(input, { onSuccess: onClose });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={rule ? `Edit “${rule.name}”` : 'New rule'} size="xl">
      <form onSubmit={submit}>
        <Stack>
          <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} maxLength={200} data-autofocus />
          <Switch label="Enabled" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
          <Divider label="When a new message" labelPosition="left" />
          <Text size="xs" c="dimmed">
            Every condition filled in must hold; within one, any of its values is enough. With no condition, the rule applies to every message.
          </Text>
          <ConditionsEditor value={conditions} channels={options.channelOptions} onChange={setConditions} />
          <Divider label="Then" labelPosition="left" />
          <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Actions">
            {actions.map((a, i) => (
              <ActionEditor
                key={i}
                action={a}
                index={i}
                members={options.memberOptions}
                statuses={options.statuses}
                slaPolicies={options.slaPolicyOptions}
                onChange={(next) => setActions(actions.map((x, j) => (j === i ? next : x)))}
                onRemove={() => setActions(actions.filter((_, j) => j !== i))}
              />
            ))}
          </Stack>
          {tried && actions.length === 0 ? (
            <Text size="sm" c="red">
              A rule needs at least one action.
            </Text>
          ) : null}
          <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={() => setActions([...actions, blankAction('tag')])} disabled={actions.length >= 20} style={{ alignSelf: 'flex-start' }}>
            Add action
          </Button>
          <FormError error={options.error} title="Channels or members could not be loaded" />
          <FormError error={formLevelError(mutation.error)} />
          <DialogFormButtons onCancel={onClose} loading={mutation.isPending} disabled={!name.trim()}>
            {rule ? 'Save rule' : 'Create rule'}
          </DialogFormButtons>
        </Stack>
      </form>
    </Modal>
  );
}
