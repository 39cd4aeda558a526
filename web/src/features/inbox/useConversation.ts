// One conversation with its thread, and every triage change made to it: assign, status, snooze,
// priority, tags (PATCH), marking it read and merging it into another. Each change refreshes the
// whole inbox, since a conversation moves between views when it changes.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { ConversationDetail, ConversationPatch, ConversationSummary } from '../../api/inbox-types.ts';
import { notifyFailure } from '../../ui/notifyFailure.ts';
import { workloadKey } from '../workload/useWorkload.ts';
import { conversationKey, conversationPath, inboxKey } from './inbox-api.ts';

export const useConversation = (workspaceId: string, id: string | undefined) =>
  useQuery({
    queryKey: conversationKey(workspaceId, id ?? ''),
    queryFn: () => api.get<ConversationDetail>(conversationPath(workspaceId, id ?? '')),
    enabled: Boolean(id),
    // New messages and teammates' changes arrive while the thread is open; a reply on its way
    // is followed closely until the network has it.
    refetchInterval: (query) => (query.state.data && replyInFlight(query.state.data) ? 2_000 : 10_000),
  });

const replyInFlight = (d: ConversationDetail, now = Date.now()) =>
  d.messages.some((m) => m.kind === 'reply' && (m.sendState === 'sending' || (m.sendState === 'scheduled' && (!m.sendAt || new Date(m.sendAt).getTime() <= now))));

/** A change that refreshes the whole inbox once done; `failure` notifies (else the caller shows the error). */
export function useInboxMutation<T, R>(workspaceId: string, fn: (input: T) => Promise<R>, failure?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onError: failure ? notifyFailure(failure) : undefined,
    onSettled: () => queryClient.invalidateQueries({ queryKey: inboxKey(workspaceId) }),
  });
}

export type PatchInput = { id: string; patch: ConversationPatch };

export function useUpdateConversation(workspaceId: string, names: (userId: string) => string = () => '') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: PatchInput) => api.patch<ConversationSummary>(conversationPath(workspaceId, id), patch),
    // Show the change in the open thread at once; the refetch after it brings the server's truth.
    onMutate: ({ id, patch }) => {
      queryClient.setQueryData<ConversationDetail>(conversationKey(workspaceId, id), (d) => {
        if (!d) return d;
        const c = d.conversation;
        const tags = [...c.tags.filter((t) => !(patch.tagsRemove ?? []).includes(t)), ...(patch.tagsAdd ?? []).filter((t) => !c.tags.includes(t))];
        return {
          ...d,
          conversation: {
            ...c,
            status: patch.status ?? (patch.snoozedUntil ? 'snoozed' : c.status),
            priority: patch.priority ?? c.priority,
            assignee: patch.assigneeId === undefined ? c.assignee : patch.assigneeId === null ? null : { id: patch.assigneeId, name: names(patch.assigneeId) },
            snoozedUntil: patch.snoozedUntil === undefined ? c.snoozedUntil : patch.snoozedUntil,
            tags,
          },
        };
      });
    },
    onError: notifyFailure('The conversation could not be changed'),
    // An assignment changes the teammates' loads too. Not awaited: the triage loop moves on to
    // the next conversation as soon as the change is saved, while the lists refresh behind it.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: inboxKey(workspaceId) });
      void queryClient.invalidateQueries({ queryKey: workloadKey(workspaceId) });
    },
  });
}

export const useMarkRead = (workspaceId: string) =>
  useInboxMutation(workspaceId, (id: string) => api.post(`${conversationPath(workspaceId, id)}/read`), 'Could not mark the conversation read');

export const useMergeConversation = (workspaceId: string) =>
  useInboxMutation(
    workspaceId,
    ({ id, intoConversationId }: { id: string; intoConversationId: string }) => api.post(`${conversationPath(workspaceId, id)}/merge`, { intoConversationId }),
    'The conversations could not be merged',
  );
