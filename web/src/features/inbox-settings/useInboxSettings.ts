// The workspace's inbox settings (hand-off, custom statuses, auto-assign, default cap) and each
// channel's inbox hat (src/http/routes/inbox.ts).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { ChannelInboxHat, InboxHat, InboxSettings } from '../../api/inbox-settings-types.ts';
import { auditKey } from '../audit/useAuditLog.ts';
import { inboxBase, inboxKey } from '../inbox/inbox-api.ts';

export const inboxSettingsKey = (workspaceId: string) => ['workspaces', workspaceId, 'inbox-settings'] as const;

export const useInboxSettings = (workspaceId: string) => useQuery({ queryKey: inboxSettingsKey(workspaceId), queryFn: () => api.get<InboxSettings>(`${inboxBase(workspaceId)}/settings`) });

export function useSaveInboxSettings(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<Omit<InboxSettings, 'updatedAt'>>) => api.put<InboxSettings>(`${inboxBase(workspaceId)}/settings`, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(inboxSettingsKey(workspaceId), saved);
      // The inbox's status views and counts follow the custom statuses.
      return Promise.all([queryClient.invalidateQueries({ queryKey: inboxKey(workspaceId) }), queryClient.invalidateQueries({ queryKey: auditKey(workspaceId) })]);
    },
  });
}

const channelHatsKey = (workspaceId: string) => [...inboxSettingsKey(workspaceId), 'channels'] as const;

export const useChannelHats = (workspaceId: string) =>
  useQuery({ queryKey: channelHatsKey(workspaceId), queryFn: async () => (await api.get<{ items: ChannelInboxHat[] }>(`${inboxBase(workspaceId)}/channels`)).items });

export function useSetChannelHat(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ channelId, hat }: { channelId: string; hat: InboxHat }) => api.put<{ channelId: string; hat: InboxHat }>(`${inboxBase(workspaceId)}/channels/${channelId}/hat`, { hat }),
    // The menu shows the saved hat at once, before the list is read again.
    onSuccess: ({ channelId, hat }) => queryClient.setQueryData<ChannelInboxHat[]>(channelHatsKey(workspaceId), (list) => list?.map((c) => (c.id === channelId ? { ...c, inboxHat: hat } : c))),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: inboxSettingsKey(workspaceId) }), queryClient.invalidateQueries({ queryKey: auditKey(workspaceId) })]),
  });
}
