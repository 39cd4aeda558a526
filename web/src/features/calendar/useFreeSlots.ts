// The queue's free slots in the calendar's visible range (GET /queue/free-slots).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { FreeSlot } from './calendar-events.ts';

export const useFreeSlots = (workspaceId: string, range: { from: string; to: string } | null, channelId: string | undefined, enabled: boolean) =>
  useQuery({
    queryKey: ['workspaces', workspaceId, 'free-slots', range, channelId],
    queryFn: async () => (await api.get<{ items: FreeSlot[] }>(`/api/v1/workspaces/${workspaceId}/queue/free-slots`, { ...range, channelId })).items,
    enabled: enabled && range !== null,
  });
