// The two ways out for a failed or needs-check channel: "Mark as published…" asks for the URL
// where the person found the post; "Publish again" asks first, since publishing a post that is in
// fact on the network would put it there twice.
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, formLevelError } from '../../api/client.ts';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { notifyFailure } from '../../ui/notifyFailure.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import type { PostTarget } from './types.ts';
import { useMarkTargetPublished, useRetryTarget } from './useTargetResolution.ts';

export function TargetResolution({ postId, target }: { postId: string; target: PostTarget }) {
  const { workspace } = useCurrentWorkspace();
  const mark = useMarkTargetPublished(workspace.id);
  const retry = useRetryTarget(workspace.id);
  const [asking, dialog] = useDisclosure(false);
  const [url, setUrl] = useState('');
  const ref = { postId, targetId: target.id };

  const close = () => {
    dialog.close();
    mark.reset();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mark.mutate({ ...ref, url: url.trim() }, { onSuccess: close });
  };
  const publishAgain = () => retry.mutateAsync(ref).catch(notifyFailure(`The post could not be published again on ${target.channelName}`));

  return (
    <Group gap="xs" justify="flex-end">
      <Button size="xs" variant="light" onClick={dialog.open} aria-label={`Mark ${target.channelName} as published`}>
        Mark as published…
      </Button>
      <ConfirmButton
        size="xs"
        variant="light"
        color="blue"
        aria-label={`Publish again on ${target.channelName}`}
        title={`Publish again on ${target.channelName}?`}
        message={
          target.state === 'needs_check'
            ? `We could not tell whether the post reached ${target.channelName}. Publish it again only if you checked that it is not there; otherwise mark it as published.`
            : `The post is sent to ${target.channelName} again now.`
        }
        confirmLabel="Publish again"
        onConfirm={publishAgain}
      >
        Publish again
      </ConfirmButton>
      <Modal opened={asking} onClose={close} title={`Mark ${target.channelName} as published`}>
        <form onSubmit={submit}>
          <Stack>
            <Text size="sm">Paste the link of the post you found on {target.channelName}.</Text>
            <TextInput label="Link to the post" type="url" required placeholder="https://" value={url} onChange={(e) => setUrl(e.currentTarget.value)} error={fieldErrorsOf(mark.error).url} data-autofocus />
            <FormError error={formLevelError(mark.error)} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={mark.isPending}>
                Mark as published
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Group>
  );
}
