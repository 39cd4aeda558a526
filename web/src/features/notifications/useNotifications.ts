// The signed-in person's notifications in the workspace (src/http/routes/notifications.ts): the
// unread count for the bell, polled so a failure shows up without a reload, the latest ones, and
// marking them read.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';

export type Notification = { id: string; kind: string; title: string; body: string; subject: Record<string, string>; readAt: string | null; createdAt: string };

const key = (workspaceId: string) => ['workspaces', workspaceId, 'notifications'] as const;
const base = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}/notifications`;

export const useUnreadCount = (workspaceId: string) =>
  useQuery({
    queryKey: [...key(workspaceId), 'unread'],
    queryFn: async () => (await api.get<{ count: number }>(`${base(workspaceId)}/unread-count`)).count,
    refetchInterval: 60_000,
  });

export const useNotificationList = (workspaceId: string, enabled: boolean) =>
  useQuery({ queryKey: [...key(workspaceId), 'list'], queryFn: async () => (await api.get<Page<Notification>>(base(workspaceId), { limit: 20 })).items, enabled });

export function useMarkRead(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string | 'all') => (id === 'all' ? api.post(`${base(workspaceId)}/read-all`) : api.post(`${base(workspaceId)}/${id}/read`)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key(workspaceId) }),
  });
}
