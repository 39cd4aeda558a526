// Members' availability and caps (src/http/routes/availability.ts) and the workload over time
// (src/http/routes/workload.ts), read by the workload view and the inbox settings' team page.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Availability, Workload } from '../../api/inbox-settings-types.ts';
import { useInvalidatingMutation } from '../../api/useInvalidatingMutation.ts';
import { inboxBase } from '../inbox/inbox-api.ts';

export const workloadKey = (workspaceId: string) => ['workspaces', workspaceId, 'workload'] as const;

/** Members who may answer, with their load now. */
export const useAvailability = (workspaceId: string) =>
  useQuery({ queryKey: [...workloadKey(workspaceId), 'availability'], queryFn: async () => (await api.get<Availability>(`${inboxBase(workspaceId)}/availability`)).members });

export const useWorkload = (workspaceId: string, range: { from: string; to: string }) =>
  useQuery({ queryKey: [...workloadKey(workspaceId), 'chart', range], queryFn: () => api.get<Workload>(`${inboxBase(workspaceId)}/workload`, range), refetchInterval: 60_000 });

/**
 * userId absent: your own availability (any member may set their own; another member's, or a cap,
 * needs inbox.configure). openCap null: back to the workspace's default; absent: unchanged.
 */
export const useSetAvailability = (workspaceId: string) =>
  useInvalidatingMutation(workloadKey(workspaceId), (input: { userId?: string; available: boolean; openCap?: number | null }) => api.put(`${inboxBase(workspaceId)}/availability`, input));
