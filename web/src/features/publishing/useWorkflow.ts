// The approval and scheduling steps of a post (src/http/routes/post-workflow.ts). Each answers
// the post as it now is; the post queries are refreshed after every step.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { postKey, postsBase, usePostMutation } from './usePosts.ts';
import type { Approvals, Post, ScheduleInput } from './types.ts';

const step = (workspaceId: string, postId: string, name: string) => `${postsBase(workspaceId)}/${postId}/${name}`;

export const useSubmitPost = (workspaceId: string) => usePostMutation(workspaceId, (postId: string) => api.post<Post>(step(workspaceId, postId, 'submit')));

export const useApprovePost = (workspaceId: string) =>
  usePostMutation(workspaceId, ({ postId, note }: { postId: string; note?: string }) => api.post<Post>(step(workspaceId, postId, 'approve'), note ? { note } : {}));

export const useRequestChanges = (workspaceId: string) =>
  usePostMutation(workspaceId, ({ postId, note }: { postId: string; note: string }) => api.post<Post>(step(workspaceId, postId, 'request-changes'), { note }));

export const useSchedulePost = (workspaceId: string) =>
  usePostMutation(workspaceId, ({ postId, input }: { postId: string; input: ScheduleInput }) => api.post<Post>(step(workspaceId, postId, 'schedule'), input));

/** Drag on the calendar: the same post at another instant (WORKFLOW reschedules a scheduled post). */
export const useReschedulePost = (workspaceId: string) =>
  usePostMutation(workspaceId, ({ postId, at, timeZone }: { postId: string; at: string; timeZone?: string }) => api.post<Post>(step(workspaceId, postId, 'schedule'), { at, timeZone }));

export const useQueuePost = (workspaceId: string) => usePostMutation(workspaceId, (postId: string) => api.post<Post>(step(workspaceId, postId, 'queue')));

export const useUnschedulePost = (workspaceId: string) => usePostMutation(workspaceId, (postId: string) => api.post<Post>(step(workspaceId, postId, 'unschedule')));

export const useApprovals = (workspaceId: string, postId: string | undefined) =>
  useQuery({
    queryKey: [...postKey(workspaceId, postId ?? ''), 'approvals'],
    queryFn: () => api.get<Approvals>(step(workspaceId, postId ?? '', 'approvals')),
    enabled: Boolean(postId),
  });
