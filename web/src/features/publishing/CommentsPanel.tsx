// Internal discussion on a post between the team and the approver; never published.
import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormError } from '../../ui/FormError.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { useAddComment, useComments } from './useComposerData.ts';

export function CommentsPanel({ postId }: { postId: string }) {
  const { workspace, can } = useCurrentWorkspace();
  const comments = useComments(workspace.id, postId);
  const add = useAddComment(workspace.id, postId);
  const [body, setBody] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(body.trim(), { onSuccess: () => setBody('') });
  };
  return (
    <Card withBorder padding="md" component="section" aria-label="Internal comments">
      <Stack gap="sm">
        <Title order={2} size="h5">
          Internal comments
        </Title>
        <FormError error={comments.error} />
        {(comments.data ?? []).map((c) => (
          <Stack key={c.id} gap={2}>
            <Text size="xs" c="dimmed">
              {c.authorName ?? 'Someone'} · {formatDateTime(c.createdAt)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {c.body}
            </Text>
          </Stack>
        ))}
        {comments.data?.length === 0 ? (
          <Text size="sm" c="dimmed">
            No comments yet. Only people in this workspace see them.
          </Text>
        ) : null}
        {can('posts.comment') ? (
          <form onSubmit={submit}>
            <Stack gap="xs">
              <Textarea label="Comment" autosize minRows={2} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
              <FormError error={add.error} />
              <Group justify="flex-end">
                <Button type="submit" size="xs" loading={add.isPending} disabled={!body.trim()}>
                  Add comment
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </Card>
  );
}
