// "Merge with…": pick another person and fold them into this one. The merge is journalled and
// can be undone from the merge history.
import { Alert, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import type { Person } from '../../api/people-types.ts';
import { DialogFormButtons } from '../../ui/DialogFormButtons.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { PersonPicker } from './PersonPicker.tsx';
import { useMergePeople } from './useMerges.ts';

export function MergeWithModal({ workspaceId, person, opened, onClose }: { workspaceId: string; person: Person; opened: boolean; onClose: () => void }) {
  const merge = useMergePeople(workspaceId, person.id);
  const [otherId, setOtherId] = useState<string | null>(null);
  const [otherName, setOtherName] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!otherId) return;
    merge.mutate(otherId, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: `${otherName || 'The other person'} merged into ${person.displayName}` });
        onClose();
      },
    });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={`Merge with ${person.displayName}`} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <PersonPicker
            workspaceId={workspaceId}
            excludeId={person.id}
            label="Person to merge into this one"
            value={otherId}
            onChange={(id, p) => {
              setOtherId(id);
              setOtherName(p?.displayName ?? '');
            }}
          />
          <Text size="sm">
            {person.displayName} is kept. The other person's identities, activities, conversations, messages and notes move here; tags are combined and blank fields are filled from the other person, except fields your team edited by hand, which stay as they are.
          </Text>
          <Alert color="gray" variant="light">
            You can undo this later with “Unmerge” in the merge history.
          </Alert>
          <FormError error={merge.error} title="The two people were not merged" />
          <DialogFormButtons onCancel={onClose} loading={merge.isPending} disabled={!otherId}>
            Merge
          </DialogFormButtons>
        </Stack>
      </form>
    </Modal>
  );
}
