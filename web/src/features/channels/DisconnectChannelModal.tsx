// Disconnecting stops all traffic with the network and forgets the credentials, but keeps
// everything the channel brought in: the dialog says so before anyone confirms.
import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormError } from '../../ui/FormError.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import type { Channel } from './types.ts';
import { useDisconnectChannel } from './useChannels.ts';

export function DisconnectChannelModal({ channel, opened, onClose }: { channel: Channel; opened: boolean; onClose: () => void }) {
  const { workspace } = useCurrentWorkspace();
  const disconnect = useDisconnectChannel(workspace.id);
  const confirm = () =>
    disconnect.mutate(channel.id, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: `${channel.displayName} is disconnected.` });
        onClose();
      },
    });
  return (
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={disconnect.reset} title={`Disconnect “${channel.displayName}”?`}>
      <Stack>
        <List size="sm" spacing={4}>
          <List.Item>Tandem stops publishing to and reading from this account, and deletes its stored credentials.</List.Item>
          <List.Item>Posts, inbox conversations, people and metrics it brought in are kept.</List.Item>
          <List.Item>Connect the same account again at any time to pick up where it stopped.</List.Item>
        </List>
        <Text size="sm" c="dimmed">
          Nothing is deleted on {channel.accountHandle ?? 'the network'} itself.
        </Text>
        <FormError error={disconnect.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button color="red" loading={disconnect.isPending} onClick={confirm}>
            Disconnect
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
