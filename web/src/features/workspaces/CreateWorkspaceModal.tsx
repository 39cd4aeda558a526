// Creates another workspace (a brand or an agency's client); its creator becomes the owner.
import { Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, fieldErrorsOf, formLevelError } from '../../api/client.ts';
import type { Workspace } from '../../api/types.ts';
import { DialogFormButtons } from '../../ui/DialogFormButtons.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { sessionKey } from '../auth/useSession.ts';
import { browserTimeZone, TimeZoneSelect } from './TimeZoneSelect.tsx';

export function CreateWorkspaceModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [name, setName] = useState('');
  const [timeZone, setTimeZone] = useState<string>(browserTimeZone());
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const create = useMutation({
    mutationFn: () => api.post<Workspace>('/api/v1/workspaces', { name, timeZone }),
    onSuccess: async (workspace) => {
      await queryClient.invalidateQueries({ queryKey: sessionKey });
      notifications.show({ color: 'green', message: `Workspace “${workspace.name}” created` });
      setName('');
      onClose();
      navigate(`/w/${workspace.id}`);
    },
  });
  const errors = fieldErrorsOf(create.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Create a workspace">
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label="Workspace name"
            description="Usually the brand, or the client you manage it for."
            required
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
          <TimeZoneSelect value={timeZone} onChange={(v) => v && setTimeZone(v)} error={errors.timeZone} />
          <FormError error={formLevelError(create.error)} />
          <DialogFormButtons onCancel={onClose} loading={create.isPending}>
            Create workspace
          </DialogFormButtons>
        </Stack>
      </form>
    </Modal>
  );
}
