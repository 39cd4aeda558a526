// What the composer's buttons do: every action first saves the draft (creating the post the
// first time, then following it at its own URL), then takes the workflow step asked for.
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { notifyFailure } from '../../ui/notifyFailure.ts';
import { formatInZone } from './schedule-time.ts';
import { draftFromPost, toPostInput, type ComposerDraft } from './composer-draft.ts';
import { postKey, useCreatePost, useUpdatePost } from './usePosts.ts';
import { useQueuePost, useSchedulePost, useSubmitPost, useUnschedulePost } from './useWorkflow.ts';
import type { ComposerAction } from './ComposerActions.tsx';
import type { Post, ScheduleInput } from './types.ts';

const done: Record<ComposerAction, string> = {
  save: 'Saved',
  submit: 'Submitted for review',
  schedule: 'Scheduled',
  queue: 'Added to the queue',
  unschedule: 'Unscheduled: the post is a draft again',
};

export function useComposerFlow(workspaceId: string, post: Post | undefined, draft: ComposerDraft) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useCreatePost(workspaceId);
  const update = useUpdatePost(workspaceId);
  const submit = useSubmitPost(workspaceId);
  const schedule = useSchedulePost(workspaceId);
  const queue = useQueuePost(workspaceId);
  const unschedule = useUnschedulePost(workspaceId);
  const [busy, setBusy] = useState<ComposerAction | null>(null);
  const [scheduleError, setScheduleError] = useState<unknown>(null);
  const input = toPostInput(draft);
  const savedJson = post ? JSON.stringify(toPostInput(draftFromPost(post))) : null;
  const dirty = savedJson !== JSON.stringify(input);

  // The post this composer created, until the page has moved to it: a second click in between
  // must update that post, not create another.
  const created = useRef<Post | undefined>(undefined);

  async function save(): Promise<Post> {
    if (post && !dirty) return post;
    const existing = post ?? created.current;
    const saved = existing ? await update.mutateAsync({ id: existing.id, input }) : await create.mutateAsync(input);
    if (!existing) created.current = saved;
    queryClient.setQueryData(postKey(workspaceId, saved.id), saved);
    return saved;
  }

  const finish = (action: ComposerAction, saved: Post) => {
    // The step's answer is the post as it now is: show it before the refetch lands.
    queryClient.setQueryData(postKey(workspaceId, saved.id), saved);
    const message = action === 'queue' && saved.scheduledAt ? `Added to the queue for ${formatInZone(saved.scheduledAt, saved.timeZone ?? 'UTC')}` : done[action];
    notifications.show({ color: 'teal', message });
    if (!post) navigate(`/w/${workspaceId}/posts/${saved.id}`, { replace: true });
  };

  async function run(action: Exclude<ComposerAction, 'schedule'>) {
    setBusy(action);
    try {
      const saved = await save();
      const after =
        action === 'submit' ? await submit.mutateAsync(saved.id) : action === 'queue' ? await queue.mutateAsync(saved.id) : action === 'unschedule' ? await unschedule.mutateAsync(saved.id) : saved;
      finish(action, after);
    } catch (error) {
      notifyFailure(action === 'save' ? 'The post could not be saved' : `“${done[action]}” failed`)(error);
    } finally {
      setBusy(null);
    }
  }

  // Scheduling is confirmed in a dialog that shows its own error, so this one throws.
  async function scheduleAt(at: ScheduleInput) {
    setBusy('schedule');
    setScheduleError(null);
    try {
      const saved = await save();
      finish('schedule', await schedule.mutateAsync({ postId: saved.id, input: at }));
    } catch (error) {
      setScheduleError(error);
      throw error;
    } finally {
      setBusy(null);
    }
  }

  return { busy, dirty, run, scheduleAt, scheduleError, clearScheduleError: () => setScheduleError(null) };
}
