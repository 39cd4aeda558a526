// The queue's free slots in the calendar's visible range (GET /queue/free-slots).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { FreeSlot } from './calendar-events.ts';

type Answer = FreeSlot[] | { items: FreeSlot[] } | { slots: FreeSlot[] };
const slotsOf = (a: Answer): FreeSlot[] => (Array.isArray(a) ? a : 'items' in a ? a.items : a.slots);

export const useFreeSlots = (workspaceId: string, range: { from: string; to: string } | null, channelId: string | undefined, enabled: boolean) =>
  useQuery({
    queryKey: ['workspaces', workspaceId, 'free-slots', range, channelId],
    queryFn: async () => slotsOf(await api.get<Answer>(`/api/v1/workspaces/${workspaceId}/queue/free-slots`, { ...range, channelId })),
    enabled: enabled && range !== null,
    // A workspace without queue slots answers an empty list; a missing route should not break the calendar.
    retry: false,
  });
