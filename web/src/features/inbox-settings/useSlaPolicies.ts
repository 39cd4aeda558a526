// SLA policies and the SLA report (src/http/routes/sla-policies.ts).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { SlaPolicy, SlaPolicyInput, SlaReport } from '../../api/inbox-settings-types.ts';
import { useInvalidatingMutation } from '../../api/useInvalidatingMutation.ts';
import { inboxBase } from '../inbox/inbox-api.ts';

export const slaKey = (workspaceId: string) => ['workspaces', workspaceId, 'sla'] as const;
const base = (workspaceId: string) => `${inboxBase(workspaceId)}/sla-policies`;

export const useSlaPolicies = (workspaceId: string) =>
  useQuery({ queryKey: [...slaKey(workspaceId), 'policies'], queryFn: async () => (await api.get<{ items: SlaPolicy[] }>(base(workspaceId))).items });

export const useSlaReport = (workspaceId: string, range: { from: string; to: string }) =>
  useQuery({ queryKey: [...slaKey(workspaceId), 'report', range], queryFn: () => api.get<SlaReport>(`${inboxBase(workspaceId)}/sla/report`, range) });

export const useCreateSlaPolicy = (workspaceId: string) => useInvalidatingMutation(slaKey(workspaceId), (input: SlaPolicyInput) => api.post<SlaPolicy>(base(workspaceId), input));
export const useUpdateSlaPolicy = (workspaceId: string) =>
  useInvalidatingMutation(slaKey(workspaceId), ({ id, input }: { id: string; input: Partial<SlaPolicyInput> }) => api.patch<SlaPolicy>(`${base(workspaceId)}/${id}`, input));
export const useDeleteSlaPolicy = (workspaceId: string) => useInvalidatingMutation(slaKey(workspaceId), (id: string) => api.delete(`${base(workspaceId)}/${id}`));
