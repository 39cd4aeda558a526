// Channels: the accounts this workspace works on each network, how healthy each connection is,
// and (for those allowed to manage channels) connecting, renaming, testing and disconnecting them.
import { Button, Card, EmptyState, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlugConnected, IconPlus } from '@tabler/icons-react';
import { FormError } from '../../ui/FormError.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { ChannelsTable } from './ChannelsTable.tsx';
import { ConnectChannelModal } from './ConnectChannelModal.tsx';
import { DisconnectedChannels } from './DisconnectedChannels.tsx';
import { useChannels, useConnectors } from './useChannels.ts';
import { useOAuthReturn } from './useOAuthReturn.ts';

export function ChannelsPage() {
  const { workspace, can } = useCurrentWorkspace();
  const channels = useChannels(workspace.id);
  const connectors = useConnectors();
  const [connecting, { open, close }] = useDisclosure(false);
  const mayManage = can('channels.manage');
  useOAuthReturn();

  const active = channels.data?.filter((c) => c.status === 'active') ?? [];
  const disconnected = channels.data?.filter((c) => c.status === 'disconnected') ?? [];
  const connectButton = (variant?: 'light') => (
    <Button variant={variant} leftSection={<IconPlus size={18} />} onClick={open}>
      Connect a channel
    </Button>
  );

  return (
    <Stack maw={1200}>
      <PageHeader
        title="Channels"
        description={`The social accounts, feeds and inboxes ${workspace.name} works from, and whether each connection is healthy.`}
        action={mayManage ? connectButton() : null}
      />
      <FormError error={channels.error} title="Channels could not be loaded" />
      {!channels.data ? (
        <Skeleton h={140} radius="md" />
      ) : active.length === 0 ? (
        <Card withBorder padding="lg" radius="md">
          <EmptyState
            size="sm"
            icon={<IconPlugConnected />}
            title="No channels connected yet"
            description={mayManage ? 'Connect your first account or feed to publish and hear from your community in one place.' : 'Someone who manages channels can connect the first account.'}
          >
            {mayManage ? <EmptyState.Actions>{connectButton('light')}</EmptyState.Actions> : null}
          </EmptyState>
        </Card>
      ) : (
        <ChannelsTable channels={active} connectors={connectors.data ?? []} mayManage={mayManage} />
      )}
      <DisconnectedChannels channels={disconnected} connectors={connectors.data ?? []} />
      {mayManage ? null : (
        <Text size="sm" c="dimmed">
          Your role can see channels but not change them.
        </Text>
      )}
      {mayManage ? <ConnectChannelModal opened={connecting} onClose={close} /> : null}
    </Stack>
  );
}
