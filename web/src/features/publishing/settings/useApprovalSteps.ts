// The workspace's approval steps: read by anyone who reads posts, replaced whole by approvals.manage.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import type { ApprovalStep, ApprovalStepInput } from './types.ts';

export const approvalStepsKey = (workspaceId: string) => ['workspaces', workspaceId, 'approval-steps'] as const;
const path = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}/approval-steps`;

export const useApprovalSteps = (workspaceId: string) =>
  useQuery({ queryKey: approvalStepsKey(workspaceId), queryFn: async () => (await api.get<{ items: ApprovalStep[] }>(path(workspaceId))).items });

export function useSaveApprovalSteps(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (steps: ApprovalStepInput[]) => (await api.put<{ items: ApprovalStep[] }>(path(workspaceId), { steps })).items,
    onSuccess: (items) => queryClient.setQueryData(approvalStepsKey(workspaceId), items),
  });
}
