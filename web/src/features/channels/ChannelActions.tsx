// What a manager can do with one channel: test it now, and from its menu rename, reconnect or
// disconnect it. The dialogs live here so the table stays a table.
import { ActionIcon, Button, Group, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconPencil, IconPlugConnected, IconPlugConnectedX, IconStethoscope } from '@tabler/icons-react';
import { useState } from 'react';
import { notifyFailure } from '../../ui/notifyFailure.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { DisconnectChannelModal } from './DisconnectChannelModal.tsx';
import { healthLabel } from './HealthBadge.tsx';
import { canReconnect } from './reconnectable.ts';
import { ReconnectChannelModal } from './ReconnectChannelModal.tsx';
import { RenameChannelModal } from './RenameChannelModal.tsx';
import type { Channel, ConnectorInfo } from './types.ts';
import { useTestChannel } from './useChannels.ts';

type Dialog = 'rename' | 'reconnect' | 'disconnect' | null;

export function ChannelActions({ channel, connector }: { channel: Channel; connector: ConnectorInfo | undefined }) {
  const { workspace } = useCurrentWorkspace();
  const test = useTestChannel(workspace.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const runTest = () =>
    test.mutate(channel.id, {
      onSuccess: (c) =>
        notifications.show(
          c.health === 'ok'
            ? { color: 'green', title: 'Test passed', message: `${c.displayName} answers normally.` }
            : { color: c.health === 'rate_limited' ? 'orange' : 'red', title: `Test of ${c.displayName}`, message: healthLabel(c) },
        ),
      onError: notifyFailure(`Test of ${channel.displayName} failed`),
    });

  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      <Button size="xs" variant="default" leftSection={<IconStethoscope size={14} />} loading={test.isPending} onClick={runTest} aria-label={`Test ${channel.displayName} now`}>
        Test now
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`More actions for ${channel.displayName}`}>
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setDialog('rename')}>
            Rename
          </Menu.Item>
          {canReconnect(connector) ? (
            <Menu.Item leftSection={<IconPlugConnected size={14} />} onClick={() => setDialog('reconnect')}>
              Reconnect
            </Menu.Item>
          ) : null}
          <Menu.Divider />
          <Menu.Item color="red" leftSection={<IconPlugConnectedX size={14} />} onClick={() => setDialog('disconnect')}>
            Disconnect
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <RenameChannelModal key={channel.displayName} channel={channel} opened={dialog === 'rename'} onClose={close} />
      <ReconnectChannelModal channel={channel} connector={connector} opened={dialog === 'reconnect'} onClose={close} />
      <DisconnectChannelModal channel={channel} opened={dialog === 'disconnect'} onClose={close} />
    </Group>
  );
}
