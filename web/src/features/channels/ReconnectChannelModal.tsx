// Give a channel new credentials (after a revoked token or a changed password). OAuth networks
// go through the network's sign-in again; the same account comes back as the same channel.
import { Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client.ts';
import { DialogFormButtons } from '../../ui/DialogFormButtons.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { CredentialInputs } from './CredentialInputs.tsx';
import type { Channel, ConnectorInfo } from './types.ts';
import { useReconnectChannel, useStartOAuth } from './useChannels.ts';

type Props = { channel: Channel; connector: ConnectorInfo | undefined; opened: boolean; onClose: () => void };

export function ReconnectChannelModal({ channel, connector, opened, onClose }: Props) {
  const { workspace } = useCurrentWorkspace();
  const reconnect = useReconnectChannel(workspace.id);
  const startOAuth = useStartOAuth(workspace.id);
  const [credentials, setCredentials] = useState<Record<string, string>>({});
  const oauth = connector?.auth === 'oauth2-pkce';
  const error = reconnect.error ?? startOAuth.error;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (oauth) startOAuth.mutate({ network: channel.network, config: channel.config ?? {} });
    else reconnect.mutate({ id: channel.id, credentials }, { onSuccess: onClose });
  };
  const reset = () => {
    setCredentials({});
    reconnect.reset();
    startOAuth.reset();
  };
  return (
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={reset} title={`Reconnect “${channel.displayName}”`}>
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm">
            {oauth
              ? `Sign in to ${connector.displayName} again as ${channel.accountHandle ?? 'the same account'} to give Tandem a fresh authorisation.`
              : 'Enter new credentials for the same account. Its history in Tandem is kept.'}
          </Text>
          {oauth ? null : <CredentialInputs fields={connector?.credentialFields ?? []} values={credentials} onChange={setCredentials} errors={fieldErrorsOf(error)} />}
          <FormError error={error} />
          <DialogFormButtons onCancel={onClose} loading={reconnect.isPending || startOAuth.isPending}>
            {oauth ? `Continue to ${connector.displayName}` : 'Reconnect'}
          </DialogFormButtons>
        </Stack>
      </form>
    </Modal>
  );
}
