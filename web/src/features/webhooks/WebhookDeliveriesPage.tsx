// One webhook's delivery log: each event sent, whether the receiver took it, how many attempts,
// its last answer and when Tandem tries again. "Send test" posts a webhook.test event now.
import { Anchor, Badge, Button, Code, EmptyState, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconSend, IconTruckDelivery } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { FormError } from '../../ui/FormError.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { ListCard } from '../../ui/ListCard.tsx';
import { LoadMore } from '../../ui/LoadMore.tsx';
import { notifyFailure } from '../../ui/notifyFailure.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import type { DeliveryStatus, WebhookDelivery } from './types.ts';
import { useDeliveries, useTestWebhook, useWebhook } from './useWebhooks.ts';

const statusColor: Record<DeliveryStatus, string> = { delivered: 'green', pending: 'yellow', failed: 'red' };

function statusLabel(d: WebhookDelivery): string {
  if (d.status === 'pending') return d.attempts === 0 ? 'Queued' : 'Retrying';
  return d.status === 'delivered' ? 'Delivered' : 'Failed';
}

function DeliveryRow({ d }: { d: WebhookDelivery }) {
  return (
    <Table.Tr>
      <Table.Td>
        <Code>{d.event}</Code>
        <Text size="xs" c="dimmed">
          {formatDateTime(d.createdAt)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={statusColor[d.status]}>
          {statusLabel(d)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{d.attempts}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{d.lastStatusCode ?? '—'}</Text>
        {d.lastError ? (
          <Text size="xs" c="red" style={{ wordBreak: 'break-word' }}>
            {d.lastError}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{d.deliveredAt ? `Delivered ${formatDateTime(d.deliveredAt)}` : d.nextAttemptAt ? `Next try ${formatDateTime(d.nextAttemptAt)}` : '—'}</Text>
      </Table.Td>
    </Table.Tr>
  );
}

export function WebhookDeliveriesPage() {
  const { webhookId = '' } = useParams();
  const { workspace, can } = useCurrentWorkspace();
  const webhook = useWebhook(workspace.id, webhookId);
  const deliveries = useDeliveries(workspace.id, webhookId);
  const test = useTestWebhook(workspace.id);

  const sendTest = () =>
    test
      .mutateAsync(webhookId)
      .then((d) =>
        notifications.show(
          d.status === 'delivered'
            ? { color: 'green', title: 'Test delivered', message: `The receiver answered ${d.lastStatusCode}.` }
            : { color: 'red', title: 'Test not delivered', message: d.lastError ?? 'The receiver did not accept it.' },
        ),
      )
      .catch(notifyFailure('Could not send the test'));

  return (
    <Stack maw={1100}>
      <Anchor component={Link} to=".." relative="path" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Webhooks
        </Group>
      </Anchor>
      <PageHeader
        title={webhook.data ? webhook.data.name : 'Webhook'}
        description={webhook.data ? `${webhook.data.url} · ${webhook.data.active ? 'active' : 'paused'}` : undefined}
        action={
          can('webhooks.manage') ? (
            <Tooltip label="Sends a webhook.test event now">
              <Button leftSection={<IconSend size={18} />} loading={test.isPending} onClick={sendTest}>
                Send test
              </Button>
            </Tooltip>
          ) : null
        }
      />
      <FormError error={webhook.error ?? deliveries.error} title="The delivery log could not be loaded" />
      <ListCard
        items={deliveries.data?.pages.flatMap((p) => p.items)}
        empty={<EmptyState size="sm" icon={<IconTruckDelivery />} title="Nothing sent yet" description="Deliveries appear here as soon as a subscribed event happens, or when you send a test." />}
      >
        {(items) => (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Event</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Attempts</Table.Th>
                  <Table.Th>Last answer</Table.Th>
                  <Table.Th>When</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((d) => (
                  <DeliveryRow key={d.id} d={d} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </ListCard>
      <LoadMore query={deliveries} />
    </Stack>
  );
}
