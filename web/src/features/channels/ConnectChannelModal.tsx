// Connect a channel: pick a network, then fill in what that network needs.
import { Modal } from '@mantine/core';
import { useState } from 'react';
import { ConnectForm } from './ConnectForm.tsx';
import { NetworkPicker } from './NetworkPicker.tsx';
import type { ConnectorInfo } from './types.ts';

export function ConnectChannelModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [connector, setConnector] = useState<ConnectorInfo | null>(null);
  return (
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={() => setConnector(null)} title={connector ? `Connect ${connector.displayName}` : 'Connect a channel'} size="lg">
      {connector ? <ConnectForm key={connector.id} connector={connector} onBack={() => setConnector(null)} onDone={onClose} /> : <NetworkPicker onPick={setConnector} />}
    </Modal>
  );
}
