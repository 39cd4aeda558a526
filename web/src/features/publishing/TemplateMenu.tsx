// Start from a saved template (its text, labels and channels), or save the current draft as one.
import { Button, Menu, Modal, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTemplate } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { DialogFormButtons } from '../../ui/DialogFormButtons.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import type { ComposerDraft } from './composer-draft.ts';
import type { PostTemplate } from './types.ts';
import { useSaveTemplate, useTemplates } from './useComposerData.ts';

type Props = { draft: ComposerDraft; onApply: (template: PostTemplate) => void; disabled?: boolean };

export function TemplateMenu({ draft, onApply, disabled }: Props) {
  const { workspace } = useCurrentWorkspace();
  const templates = useTemplates(workspace.id);
  const save = useSaveTemplate(workspace.id);
  const [saving, { open, close }] = useDisclosure(false);
  const [name, setName] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ name: name.trim(), text: draft.text, labels: draft.labels, channelIds: draft.channelIds }, { onSuccess: close });
  };
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconTemplate size={16} />} disabled={disabled}>
            Templates
          </Button>
        </Menu.Target>
        <Menu.Dropdown aria-label="Templates">
          {(templates.data ?? []).map((t) => (
            <Menu.Item key={t.id} onClick={() => onApply(t)}>
              {t.name}
            </Menu.Item>
          ))}
          {templates.data?.length === 0 ? <Menu.Label>No templates yet</Menu.Label> : null}
          <Menu.Divider />
          <Menu.Item onClick={open}>Save as template…</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={saving} onClose={close} onExitTransitionEnd={save.reset} title="Save as template">
        <form onSubmit={submit}>
          <Stack>
            <TextInput label="Template name" required data-autofocus value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={120} />
            <FormError error={save.error} />
            <DialogFormButtons onCancel={close} loading={save.isPending} disabled={!name.trim()}>
              Save template
            </DialogFormButtons>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
