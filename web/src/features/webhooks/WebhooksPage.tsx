// Settings → Webhooks: Tandem's own events (every change in the audit log) sent to other systems.
import { Anchor, Button, EmptyState, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus, IconWebhook } from '@tabler/icons-react';
import { FormError } from '../../ui/FormError.tsx';
import { ListCard } from '../../ui/ListCard.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { WebhookFormModal } from './WebhookFormModal.tsx';
import { WebhooksTable } from './WebhooksTable.tsx';
import { useWebhooks } from './useWebhooks.ts';

export function WebhooksPage() {
  const { workspace, can } = useCurrentWorkspace();
  const webhooks = useWebhooks(workspace.id);
  const [adding, { open, close }] = useDisclosure(false);
  const mayManage = can('webhooks.manage');

  return (
    <Stack maw={1100}>
      <PageHeader
        title="Webhooks"
        description={
          <>
            Tandem POSTs each change in this workspace (the audit log's actions) as signed JSON to the URLs you add, and retries for about 15 hours when a receiver is down.{' '}
            <Anchor href="/api/docs" size="sm">
              API reference
            </Anchor>
          </>
        }
        action={
          mayManage ? (
            <Button leftSection={<IconPlus size={18} />} onClick={open}>
              Add webhook
            </Button>
          ) : null
        }
      />
      <FormError error={webhooks.error} title="Webhooks could not be loaded" />
      <ListCard
        items={webhooks.data}
        empty={
          <EmptyState size="sm" icon={<IconWebhook />} title="No webhooks yet" description="Add one to tell a CRM, a chat room or an automation tool what happens in Tandem.">
            {mayManage ? (
              <EmptyState.Actions>
                <Button variant="light" onClick={open}>
                  Add webhook
                </Button>
              </EmptyState.Actions>
            ) : null}
          </EmptyState>
        }
      >
        {(items) => <WebhooksTable webhooks={items} />}
      </ListCard>
      <WebhookFormModal opened={adding} onClose={close} />
    </Stack>
  );
}
