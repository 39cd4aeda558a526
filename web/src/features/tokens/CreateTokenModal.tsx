// Creates an API token for scripts and integrations. The secret is shown once, then only its
// prefix is ever visible again.
import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, formLevelError } from '../../api/client.ts';
import type { CreatedApiToken, Role } from '../../api/types.ts';
import { DialogFormButtons } from '../../ui/DialogFormButtons.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { SecretShownOnce } from '../../ui/SecretShownOnce.tsx';
import { RoleSelect } from '../members/RoleSelect.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { useCreateToken } from './useTokens.ts';

const expiryOptions = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
  { value: 'never', label: 'Never' },
];

export function CreateTokenModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { workspace } = useCurrentWorkspace();
  const create = useCreateToken(workspace.id);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('analyst');
  const [expiry, setExpiry] = useState('90');
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const errors = fieldErrorsOf(create.error);

  // Forget the secret once the dialog has faded out (resetting earlier flashes the form while closing).
  const reset = () => {
    setCreated(null);
    setName('');
    create.reset();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ name, role, expiresInDays: expiry === 'never' ? undefined : Number(expiry) }, { onSuccess: setCreated });
  };

  return (
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={reset} title={created ? 'Token created' : 'Create an API token'} size="lg">
      {created ? (
        <SecretShownOnce label="Token secret" value={created.secret} onDone={onClose}>
          Copy the secret now: Tandem stores only a hash and cannot show it again. Send it as <code>Authorization: Bearer …</code>.
        </SecretShownOnce>
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <TextInput label="Name" description="What uses it, e.g. “Reporting script”." required data-autofocus value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
            <RoleSelect label="Role" description="The token can do what this role can, never more than you." myRole={workspace.role} value={role} onChange={setRole} error={errors.role} />
            <Select label="Expires after" data={expiryOptions} value={expiry} onChange={(v) => v && setExpiry(v)} allowDeselect={false} />
            <FormError error={formLevelError(create.error)} />
            <DialogFormButtons onCancel={onClose} loading={create.isPending}>
              Create token
            </DialogFormButtons>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
