// The health cell: the badge and, when the channel needs new credentials and the person may give
// them, the Reconnect button right next to the problem.
import { Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlugConnected } from '@tabler/icons-react';
import { HealthBadge } from './HealthBadge.tsx';
import { ReconnectChannelModal } from './ReconnectChannelModal.tsx';
import { canReconnect } from './reconnectable.ts';
import type { Channel, ConnectorInfo } from './types.ts';

type Props = { channel: Channel; connector: ConnectorInfo | undefined; mayManage: boolean };

export function ChannelHealth({ channel, connector, mayManage }: Props) {
  const [opened, { open, close }] = useDisclosure(false);
  const offerReconnect = mayManage && channel.health === 'needs_reconnect' && canReconnect(connector);
  return (
    <Stack gap={6} align="flex-start">
      <HealthBadge channel={channel} />
      {offerReconnect ? (
        <>
          <Button size="compact-sm" color="red" leftSection={<IconPlugConnected size={14} />} onClick={open} aria-label={`Reconnect ${channel.displayName}`}>
            Reconnect
          </Button>
          <ReconnectChannelModal channel={channel} connector={connector} opened={opened} onClose={close} />
        </>
      ) : null}
    </Stack>
  );
}
