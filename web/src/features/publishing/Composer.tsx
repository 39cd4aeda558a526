// Write one post for many channels: pick channels, write the shared text and any per-channel
// variant, attach media, and see each network's preview and validation update as you type.
import { Alert, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { FormError } from '../../ui/FormError.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { ChannelPicker } from './ChannelPicker.tsx';
import { CommentsPanel } from './CommentsPanel.tsx';
import { DeletePostButton } from './DeletePostButton.tsx';
import { ComposerActions } from './ComposerActions.tsx';
import { ContentTabs } from './ContentTabs.tsx';
import { PostOptions } from './PostOptions.tsx';
import { PreviewColumn } from './PreviewColumn.tsx';
import { ScheduleModal } from './ScheduleModal.tsx';
import { TargetsStatus } from './TargetsStatus.tsx';
import { TemplateMenu } from './TemplateMenu.tsx';
import { ThreadEditor } from './ThreadEditor.tsx';
import { draftFromPost, emptyDraft, isLocked, toPostInput, type ComposerDraft } from './composer-draft.ts';
import { usePublishChannels } from './useChannelsForComposer.ts';
import { useComposerFlow } from './useComposerFlow.ts';
import { useValidation } from './useValidation.ts';
import type { Post, PostTemplate } from './types.ts';

export function Composer({ post }: { post: Post | undefined }) {
  const { workspace, can } = useCurrentWorkspace();
  const [draft, setDraft] = useState<ComposerDraft>(() => (post ? draftFromPost(post) : emptyDraft()));
  const change = (patch: Partial<ComposerDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const { channels, error: channelsError } = usePublishChannels(workspace.id);
  const locked = isLocked(post) || !can('posts.write');
  // Checking needs posts.write, and a published post is the network's now: nothing to check.
  const validation = useValidation(workspace.id, toPostInput(draft), post, !locked);
  const flow = useComposerFlow(workspace.id, post, draft);
  const [scheduling, scheduleDialog] = useDisclosure(false);

  const chosen = (channels ?? []).filter((c) => draft.channelIds.includes(c.id));
  const names = (list: typeof chosen) => list.map((c) => c.displayName);
  const applyTemplate = (t: PostTemplate) => change({ text: t.text, labels: t.labels, channelIds: t.channelIds.length ? t.channelIds : draft.channelIds });
  const ready = draft.channelIds.length > 0 && [...validation.byChannel.values()].every((v) => v.report.ok && v.thread.every((t) => t.ok));

  return (
    <Stack gap="md">
      <FormError error={channelsError} title="Channels could not be loaded" />
      {post?.state === 'in_review' ? (
        <Alert color="yellow" variant="light">
          This post is waiting for review. Saving a change sends it back to draft.
        </Alert>
      ) : null}
      {post ? <TargetsStatus postId={post.id} targets={post.targets} /> : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Card withBorder padding="md" component="section" aria-label="Composer">
            <Stack gap="md">
              <Group justify="space-between" align="flex-end">
                <ChannelPicker channels={channels} value={draft.channelIds} onChange={(channelIds) => change({ channelIds })} disabled={locked} />
                <TemplateMenu draft={draft} onApply={applyTemplate} disabled={locked} />
              </Group>
              <ContentTabs draft={draft} channels={channels ?? []} validation={validation.byChannel} onChange={change} disabled={locked} />
              {chosen.some((c) => c.supportsThread) ? (
                <ThreadEditor value={draft.thread} onChange={(thread) => change({ thread })} unsupportedOn={names(chosen.filter((c) => !c.supportsThread))} disabled={locked} />
              ) : null}
              <PostOptions draft={draft} onChange={change} firstCommentOn={names(chosen.filter((c) => c.supportsFirstComment))} disabled={locked} />
              <FormError error={validation.error} title="The draft could not be checked" />
              {locked ? null : <ComposerActions post={post} busy={flow.busy} canSave={draft.channelIds.length > 0} onAction={(a) => (a === 'schedule' ? scheduleDialog.open() : void flow.run(a))} />}
              {post && !locked ? (
                <Group justify="flex-end">
                  <DeletePostButton postId={post.id} />
                </Group>
              ) : null}
              {!locked && draft.channelIds.length > 0 && !ready && validation.byChannel.size > 0 ? (
                <Text size="xs" c="dimmed" ta="right">
                  Some channels have problems; they are listed under each preview.
                </Text>
              ) : null}
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <Title order={2} size="h5">
              Previews
            </Title>
            <PreviewColumn draft={draft} channels={channels ?? []} validation={validation.byChannel} checking={validation.pending} showValidation={!locked} />
            {post ? <CommentsPanel postId={post.id} /> : null}
          </Stack>
        </Grid.Col>
      </Grid>
      <ScheduleModal
        key={String(scheduling)}
        opened={scheduling}
        onClose={() => {
          scheduleDialog.close();
          flow.clearScheduleError();
        }}
        workspaceTimeZone={workspace.timeZone}
        initial={post?.scheduledAt ?? null}
        initialRecurrence={post?.recurrence ?? null}
        onSchedule={flow.scheduleAt}
        error={flow.scheduleError}
        loading={flow.busy === 'schedule'}
      />
    </Stack>
  );
}
