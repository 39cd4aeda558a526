// Rename a channel: only the name Tandem shows changes, never the account on the network.
import { Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client.ts';
import { DialogFormButtons } from '../../ui/DialogFormButtons.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import type { Channel } from './types.ts';
import { useRenameChannel } from './useChannels.ts';

export function RenameChannelModal({ channel, opened, onClose }: { channel: Channel; opened: boolean; onClose: () => void }) {
  const { workspace } = useCurrentWorkspace();
  const rename = useRenameChannel(workspace.id);
  const [name, setName] = useState(channel.displayName);
  const errors = fieldErrorsOf(rename.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    rename.mutate({ id: channel.id, displayName: name.trim() }, { onSuccess: onClose });
  };
  return (
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={rename.reset} title={`Rename “${channel.displayName}”`}>
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label="Display name"
            description="Only the name shown in Tandem changes."
            required
            maxLength={120}
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.displayName}
          />
          <FormError error={errors.displayName ? null : rename.error} />
          <DialogFormButtons onCancel={onClose} loading={rename.isPending} disabled={!name.trim()}>
            Save
          </DialogFormButtons>
        </Stack>
      </form>
    </Modal>
  );
}
