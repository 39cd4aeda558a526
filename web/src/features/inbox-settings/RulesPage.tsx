// Settings > Inbox > Rules: "when a message matches, then ..." in order; each new inbound message
// runs through every enabled rule, top to bottom.
import { ActionIcon, Button, Card, EmptyState, Group, Skeleton, Stack, Switch, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconRoute } from '@tabler/icons-react';
import { useState } from 'react';
import type { InboxRule } from '../../api/inbox-settings-types.ts';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { notifyFailure } from '../../ui/notifyFailure.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { describeAction, describeConditions } from './rule-words.ts';
import { RuleModal } from './RuleModal.tsx';
import { RuleTestPanel } from './RuleTestPanel.tsx';
import { useRuleOptions } from './useRuleOptions.ts';
import { useDeleteRule, useReorderRules, useRules, useUpdateRule } from './useRules.ts';

export function RulesPage() {
  const { workspace, can } = useCurrentWorkspace();
  const rules = useRules(workspace.id);
  const update = useUpdateRule(workspace.id);
  const remove = useDeleteRule(workspace.id);
  const { names } = useRuleOptions(workspace.id);
  const editable = can('inbox.configure');
  const [editing, setEditing] = useState<InboxRule | null | undefined>(undefined);
  const items = rules.data;
  const reorder = useReorderRules(workspace.id);
  // Moving a rule sends the whole new order, so positions never collide.
  const move = (index: number, by: -1 | 1) => {
    if (!items) return;
    const ids = items.map((r) => r.id);
    [ids[index], ids[index + by]] = [ids[index + by]!, ids[index]!];
    reorder.mutate(ids, { onError: notifyFailure('The rule was not moved') });
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" style={{ flex: 1 }}>
          Each new message runs through the enabled rules from top to bottom; every rule that matches applies its actions. Assignment never takes a conversation from someone who already has it.
        </Text>
        {editable ? (
          <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing(null)}>
            New rule
          </Button>
        ) : null}
      </Group>
      <FormError error={rules.error} title="Rules could not be loaded" />
      {!items ? (
        <Skeleton h={120} />
      ) : items.length === 0 ? (
        <Card withBorder>
          <EmptyState size="sm" icon={<IconRoute />} title="No rules yet" description="For example: when a message says refund and reads as a complaint, set priority high and assign round robin." />
        </Card>
      ) : (
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Rules">
          {items.map((rule, i) => (
            <Card key={rule.id} withBorder padding="md" component="li" aria-label={rule.name}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text fw={500} size="sm" c={rule.enabled ? undefined : 'dimmed'}>
                    {i + 1}. {rule.name}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {describeConditions(rule, names)}, then {rule.actions.map((a) => describeAction(a, names)).join(', ')}.
                  </Text>
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <Switch
                    aria-label={`${rule.name} enabled`}
                    checked={rule.enabled}
                    disabled={!editable}
                    onChange={(e) => update.mutate({ id: rule.id, input: { enabled: e.currentTarget.checked } }, { onError: notifyFailure('The rule was not changed') })}
                    mr="xs"
                  />
                  {editable ? (
                    <>
                      <ActionIcon variant="subtle" aria-label={`Move ${rule.name} up`} disabled={i === 0 || reorder.isPending} onClick={() => move(i, -1)}>
                        <IconArrowUp size={16} />
                      </ActionIcon>
                      <ActionIcon variant="subtle" aria-label={`Move ${rule.name} down`} disabled={i === items.length - 1 || reorder.isPending} onClick={() => move(i, 1)}>
                        <IconArrowDown size={16} />
                      </ActionIcon>
                      <Button size="xs" variant="subtle" onClick={() => setEditing(rule)} aria-label={`Edit ${rule.name}`}>
                        Edit
                      </Button>
                      <ConfirmButton aria-label={`Delete ${rule.name}`} title={`Delete “${rule.name}”?`} message="Conversations it already changed keep those changes." confirmLabel="Delete" onConfirm={() => remove.mutateAsync(rule.id)}>
                        Delete
                      </ConfirmButton>
                    </>
                  ) : null}
                </Group>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <RuleTestPanel workspaceId={workspace.id} />
      {editing !== undefined ? <RuleModal workspaceId={workspace.id} rule={editing ?? undefined} opened onClose={() => setEditing(undefined)} /> : null}
    </Stack>
  );
}
