// One channel's weekly queue slots: read with channels.read, replaced whole with queues.manage.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import type { QueueSlot, QueueSlots } from './types.ts';

export const queueSlotsKey = (workspaceId: string, channelId: string) => ['workspaces', workspaceId, 'queue-slots', channelId] as const;
const path = (workspaceId: string, channelId: string) => `/api/v1/workspaces/${workspaceId}/channels/${channelId}/queue-slots`;

export const useQueueSlots = (workspaceId: string, channelId: string | null) =>
  useQuery({ queryKey: queueSlotsKey(workspaceId, channelId ?? ''), queryFn: () => api.get<QueueSlots>(path(workspaceId, channelId ?? '')), enabled: Boolean(channelId) });

export function useSaveQueueSlots(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ channelId, slots }: { channelId: string; slots: QueueSlot[] }) => api.put<QueueSlots>(path(workspaceId, channelId), { slots }),
    onSuccess: (answer) => {
      queryClient.setQueryData(queueSlotsKey(workspaceId, answer.channelId), answer);
      // The calendar's free slots come from these.
      return queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'free-slots'] });
    },
  });
}
