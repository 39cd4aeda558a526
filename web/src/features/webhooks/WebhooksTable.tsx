// The workspace's outbound webhooks: where they go, what they hear, on or paused, and actions.
import { Anchor, Badge, Button, Group, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { formatDate } from '../../ui/format.ts';
import { notifyFailure } from '../../ui/notifyFailure.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import type { Webhook } from './types.ts';
import { WebhookFormModal } from './WebhookFormModal.tsx';
import { useDeleteWebhook, useUpdateWebhook } from './useWebhooks.ts';

export function WebhooksTable({ webhooks }: { webhooks: Webhook[] }) {
  const { workspace, can } = useCurrentWorkspace();
  const update = useUpdateWebhook(workspace.id);
  const remove = useDeleteWebhook(workspace.id);
  const [editing, setEditing] = useState<Webhook | undefined>();
  const mayManage = can('webhooks.manage');

  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Events</Table.Th>
              <Table.Th>Active</Table.Th>
              <Table.Th>
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {webhooks.map((w) => (
              <Table.Tr key={w.id}>
                <Table.Td>
                  <Anchor component={Link} to={w.id} size="sm" fw={500}>
                    {w.name}
                  </Anchor>
                  <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                    {w.url}
                  </Text>
                  <Text size="xs" c="dimmed">
                    Added {formatDate(w.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {w.events.map((e) => (
                      <Badge key={e} variant="light" tt="none">
                        {e}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Switch
                    aria-label={`${w.active ? 'Pause' : 'Resume'} ${w.name}`}
                    checked={w.active}
                    disabled={!mayManage || update.isPending}
                    onChange={(e) => update.mutateAsync({ id: w.id, active: e.currentTarget.checked }).catch(notifyFailure('Could not change the webhook'))}
                  />
                </Table.Td>
                <Table.Td ta="right">
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button component={Link} to={w.id} variant="subtle" size="xs">
                      Deliveries
                    </Button>
                    {mayManage ? (
                      <>
                        <Button variant="subtle" size="xs" onClick={() => setEditing(w)}>
                          Edit
                        </Button>
                        <ConfirmButton
                          aria-label={`Delete webhook ${w.name}`}
                          title={`Delete “${w.name}”?`}
                          message="Tandem stops sending events to it at once, and its delivery log is deleted. This cannot be undone."
                          confirmLabel="Delete webhook"
                          onConfirm={() => remove.mutateAsync(w.id).catch(notifyFailure('Could not delete the webhook'))}
                        >
                          Delete
                        </ConfirmButton>
                      </>
                    ) : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing ? <WebhookFormModal key={editing.id} opened onClose={() => setEditing(undefined)} editing={editing} /> : null}
    </>
  );
}
