// Edit a person's name and e-mail; what is typed here is kept when their networks sync.
import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, formLevelError } from '../../api/client.ts';
import type { Person } from '../../api/people-types.ts';
import { DialogFormButtons } from '../../ui/DialogFormButtons.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { useUpdatePerson } from './usePerson.ts';

export function EditPersonModal({ workspaceId, person, opened, onClose }: { workspaceId: string; person: Person; opened: boolean; onClose: () => void }) {
  const update = useUpdatePerson(workspaceId, person.id);
  const [name, setName] = useState(person.displayName);
  const [email, setEmail] = useState(person.email ?? '');
  const errors = fieldErrorsOf(update.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ displayName: name.trim(), email: email.trim() || null }, { onSuccess: onClose });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={`Edit ${person.displayName}`}>
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm" c="dimmed">
            Fields edited by hand are kept: a later sync from the networks does not overwrite them.
          </Text>
          <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.displayName} data-autofocus />
          <TextInput label="E-mail" type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors.email} />
          <FormError error={formLevelError(update.error)} />
          <DialogFormButtons onCancel={onClose} loading={update.isPending} disabled={!name.trim()}>
            Save
          </DialogFormButtons>
        </Stack>
      </form>
    </Modal>
  );
}
