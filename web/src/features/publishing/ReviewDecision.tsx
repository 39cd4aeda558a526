// The approver's decision on the revision shown: approve (a note is optional) or request
// changes (the note says what to change, so it is required).
import { Button, Card, Group, Stack, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { FormError } from '../../ui/FormError.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { useApprovePost, useRequestChanges } from './useWorkflow.ts';

export function ReviewDecision({ postId, onDecided }: { postId: string; onDecided: () => void }) {
  const { workspace } = useCurrentWorkspace();
  const approve = useApprovePost(workspace.id);
  const requestChanges = useRequestChanges(workspace.id);
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  // Awaited rather than mutate's onSuccess: the refreshed post is no longer in review, which
  // unmounts this form before a per-call callback would run.
  const decide = async (step: Promise<unknown>, message: string) => {
    const ok = await step.then(
      () => true,
      () => false,
    );
    if (!ok) return;
    notifications.show({ color: 'teal', message });
    onDecided();
  };
  const onApprove = () => decide(approve.mutateAsync({ postId, note: note.trim() || undefined }), 'Approved');
  const onRequestChanges = () => {
    if (!note.trim()) return setNoteMissing(true);
    return decide(requestChanges.mutateAsync({ postId, note: note.trim() }), 'Changes requested');
  };
  return (
    <Card withBorder padding="md" component="section" aria-label="Decision">
      <Stack gap="sm">
        <Title order={2} size="h5">
          Your decision
        </Title>
        <Textarea
          label="Note"
          description="Required when you ask for changes; shown to the author."
          autosize
          minRows={3}
          value={note}
          error={noteMissing && !note.trim() ? 'Say what should change' : undefined}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <FormError error={approve.error ?? requestChanges.error} />
        <Group justify="flex-end">
          <Button variant="default" color="orange" onClick={onRequestChanges} loading={requestChanges.isPending} disabled={approve.isPending}>
            Request changes
          </Button>
          <Button color="teal" onClick={onApprove} loading={approve.isPending} disabled={requestChanges.isPending}>
            Approve
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
