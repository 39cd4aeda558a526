// Invite someone by e-mail with a role. The link is shown once, with a copy button, because
// Tandem does not send e-mail itself: the inviter passes the link on.
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, formLevelError } from '../../api/client.ts';
import type { CreatedInvitation, Role } from '../../api/types.ts';
import { CopyField } from '../../ui/CopyField.tsx';
import { DialogFormButtons } from '../../ui/DialogFormButtons.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { roleLabels } from '../workspaces/permissions.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { RoleSelect } from './RoleSelect.tsx';
import { useInviteMember } from './useMembers.ts';

export function InviteMemberModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { workspace } = useCurrentWorkspace();
  const invite = useInviteMember(workspace.id);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('community_manager');
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const errors = fieldErrorsOf(invite.error);

  // Reset once the dialog has faded out, so its content does not flip back to the form while closing.
  const reset = () => {
    setCreated(null);
    setEmail('');
    invite.reset();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    invite.mutate({ email, role }, { onSuccess: setCreated });
  };

  return (
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={reset} title={created ? 'Invitation created' : 'Invite a member'} size="lg">
      {created ? (
        <Stack>
          <Alert color="green" variant="light" icon={<IconCircleCheck size={18} />}>
            {created.email} is invited as {roleLabels[created.role].toLowerCase()}. Send them this link; it works once and expires {formatDateTime(created.expiresAt)}.
          </Alert>
          <CopyField label="Invitation link" value={created.link} description="Shown only now. Anyone with the link can accept it." />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setCreated(null)}>
              Invite someone else
            </Button>
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <TextInput label="Email" type="email" required data-autofocus value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors.email} />
            <RoleSelect label="Role" myRole={workspace.role} value={role} onChange={setRole} error={errors.role} comboboxProps={{ withinPortal: true }} />
            <FormError error={formLevelError(invite.error)} />
            <DialogFormButtons onCancel={onClose} loading={invite.isPending}>
              Create invitation
            </DialogFormButtons>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
