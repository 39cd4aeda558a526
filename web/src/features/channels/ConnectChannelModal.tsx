// Connect a channel: pick a network, then fill in what that network needs.
import { Group, Modal } from '@mantine/core';
import { useState } from 'react';
import { ConnectForm } from './ConnectForm.tsx';
import { NetworkIcon } from './NetworkIcon.tsx';
import { NetworkPicker } from './NetworkPicker.tsx';
import type { ConnectorInfo } from './types.ts';

export function ConnectChannelModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [connector, setConnector] = useState<ConnectorInfo | null>(null);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={() => setConnector(null)}
      title={
        connector ? (
          <Group gap="sm">
            <NetworkIcon network={connector.id} size={28} />
            Connect {connector.displayName}
          </Group>
        ) : (
          'Connect a channel'
        )
      }
      size="lg"
    >
      {connector ? <ConnectForm key={connector.id} connector={connector} onBack={() => setConnector(null)} onDone={onClose} /> : <NetworkPicker onPick={setConnector} />}
    </Modal>
  );
}
