// The feed rules: feed, where its entries go, how, whether it runs; edit, pause and delete.
import { Badge, Button, Group, Switch, Table, Text } from '@mantine/core';
import { ConfirmButton } from '../../../ui/ConfirmButton.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { notifyFailure } from '../../../ui/notifyFailure.ts';
import type { FeedRule } from './types.ts';
import { useDeleteFeedRule, useUpdateFeedRule } from './useFeedRules.ts';

type Props = { workspaceId: string; rules: FeedRule[]; channelName: (id: string) => string; editable: boolean; onEdit: (rule: FeedRule) => void };

export function FeedRulesTable({ workspaceId, rules, channelName, editable, onEdit }: Props) {
  const update = useUpdateFeedRule(workspaceId);
  const remove = useDeleteFeedRule(workspaceId);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" aria-label="Feed rules">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Rule</Table.Th>
            <Table.Th>Feed</Table.Th>
            <Table.Th>Posts to</Table.Th>
            <Table.Th>As</Table.Th>
            <Table.Th>Last run</Table.Th>
            <Table.Th>Enabled</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rules.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {r.name}
                </Text>
                <Text size="xs" c="dimmed" ff="monospace" lineClamp={1}>
                  {r.template}
                </Text>
              </Table.Td>
              <Table.Td>{channelName(r.feedChannelId)}</Table.Td>
              <Table.Td>{r.targetChannelIds.map(channelName).join(', ')}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={r.mode === 'queue' ? 'blue' : 'gray'}>
                  {r.mode === 'queue' ? 'Queued' : 'Draft'}
                </Badge>
              </Table.Td>
              <Table.Td>{r.lastRunAt ? formatDateTime(r.lastRunAt) : 'Not yet'}</Table.Td>
              <Table.Td>
                <Switch aria-label={`${r.name} enabled`} checked={r.enabled} disabled={!editable} onChange={(e) => update.mutate({ id: r.id, input: { enabled: e.currentTarget.checked } }, { onError: notifyFailure('The rule was not changed') })} />
              </Table.Td>
              <Table.Td>
                {editable ? (
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button size="xs" variant="subtle" aria-label={`Edit ${r.name}`} onClick={() => onEdit(r)}>
                      Edit
                    </Button>
                    <ConfirmButton aria-label={`Delete ${r.name}`} title={`Delete ${r.name}?`} message="New feed entries will no longer be posted. The posts the rule already made stay." confirmLabel="Delete rule" onConfirm={() => remove.mutateAsync(r.id).catch(notifyFailure('The rule was not deleted'))}>
                      Delete
                    </ConfirmButton>
                  </Group>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
