// Adds or edits an outbound webhook. After creating, the signing secret is shown once with a
// copy button; Tandem keeps it encrypted and never shows it again.
import { Modal, Stack, TagsInput, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, formLevelError } from '../../api/client.ts';
import { DialogFormButtons } from '../../ui/DialogFormButtons.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { SecretShownOnce } from '../../ui/SecretShownOnce.tsx';
import { actionLabels } from '../audit/audit-actions.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import type { CreatedWebhook, Webhook } from './types.ts';
import { useCreateWebhook, useUpdateWebhook } from './useWebhooks.ts';

const families = [...new Set(Object.keys(actionLabels).map((a) => `${a.split('.')[0]}.*`))];
const eventSuggestions = ['*', ...families, ...Object.keys(actionLabels)];

export function WebhookFormModal({ opened, onClose, editing }: { opened: boolean; onClose: () => void; editing?: Webhook }) {
  const { workspace } = useCurrentWorkspace();
  const create = useCreateWebhook(workspace.id);
  const update = useUpdateWebhook(workspace.id);
  const mutation = editing ? update : create;
  const [name, setName] = useState(editing?.name ?? '');
  const [url, setUrl] = useState(editing?.url ?? '');
  const [events, setEvents] = useState<string[]>(editing?.events ?? ['*']);
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const errors = fieldErrorsOf(mutation.error);
  const eventsError = Object.entries(errors).find(([path]) => path.startsWith('events'))?.[1];

  const reset = () => {
    setCreated(null);
    if (!editing) {
      setName('');
      setUrl('');
      setEvents(['*']);
    }
    mutation.reset();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (editing) update.mutate({ id: editing.id, name, url, events }, { onSuccess: onClose });
    else create.mutate({ name, url, events }, { onSuccess: setCreated });
  };

  return (
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={reset} title={created ? 'Webhook added' : editing ? `Edit “${editing.name}”` : 'Add a webhook'} size="lg">
      {created ? (
        <SecretShownOnce label="Signing secret" value={created.secret} onDone={onClose}>
          Copy the signing secret now: Tandem stores it encrypted and cannot show it again. Your receiver uses it to check the <code>X-Tandem-Signature</code> header.
        </SecretShownOnce>
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <TextInput label="Name" description="What receives it, e.g. “CRM sync”." required data-autofocus value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
            <TextInput label="URL" description="Tandem POSTs signed JSON here. It must be reachable on a public address." required type="url" placeholder="https://example.com/tandem-events" value={url} onChange={(e) => setUrl(e.currentTarget.value)} error={errors.url} />
            <TagsInput
              label="Events"
              description="Exact names (member.invite), families (member.*) or * for everything. Event names are the audit log's actions."
              data={eventSuggestions}
              value={events}
              onChange={setEvents}
              clearable
              error={eventsError}
            />
            <FormError error={formLevelError(mutation.error)} />
            <DialogFormButtons onCancel={onClose} loading={mutation.isPending}>
              {editing ? 'Save' : 'Add webhook'}
            </DialogFormButtons>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
