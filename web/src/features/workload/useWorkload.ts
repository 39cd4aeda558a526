// Members' availability and caps (src/http/routes/availability.ts) and the workload over time
// (src/http/routes/workload.ts), read by the workload view and the inbox settings' team page.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { MemberAvailability, Workload } from '../../api/inbox-settings-types.ts';

const inbox = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}/inbox`;
export const workloadKey = (workspaceId: string) => ['workspaces', workspaceId, 'workload'] as const;
const itemsOf = <T,>(answer: T[] | { items?: T[]; members?: T[] }) => (Array.isArray(answer) ? answer : (answer.items ?? answer.members ?? []));

export const useAvailability = (workspaceId: string) =>
  useQuery({
    queryKey: [...workloadKey(workspaceId), 'availability'],
    queryFn: async () => itemsOf(await api.get<MemberAvailability[] | { items?: MemberAvailability[]; members?: MemberAvailability[] }>(`${inbox(workspaceId)}/availability`)),
  });

export const useWorkload = (workspaceId: string, range: { from: string; to: string }) =>
  useQuery({ queryKey: [...workloadKey(workspaceId), 'chart', range], queryFn: () => api.get<Workload>(`${inbox(workspaceId)}/workload`, range), refetchInterval: 60_000 });

/** userId absent: your own availability (any member may set their own; others need inbox.configure). */
export function useSetAvailability(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { userId?: string; available?: boolean; openCap?: number | null }) => api.put(`${inbox(workspaceId)}/availability`, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workloadKey(workspaceId) }),
  });
}
