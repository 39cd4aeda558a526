// Members and pending invitations of a workspace, and the changes that can be made to them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { api } from '../../api/client.ts';
import type { CreatedInvitation, MembersList, Role } from '../../api/types.ts';
import { auditKey } from '../audit/useAuditLog.ts';

export const membersKey = (workspaceId: string) => ['workspaces', workspaceId, 'members'] as const;

export const useMembers = (workspaceId: string) =>
  useQuery({ queryKey: membersKey(workspaceId), queryFn: () => api.get<MembersList>(`/api/v1/workspaces/${workspaceId}/members`) });

function useMembersMutation<T, R>(workspaceId: string, fn: (input: T) => Promise<R>, success?: (input: T) => string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (_result, input) => {
      if (success) notifications.show({ color: 'green', message: success(input) });
      // The session is left alone: the members page never offers to change or remove your own membership.
      return Promise.all([queryClient.invalidateQueries({ queryKey: membersKey(workspaceId) }), queryClient.invalidateQueries({ queryKey: auditKey(workspaceId) })]);
    },
  });
}

export const useInviteMember = (workspaceId: string) =>
  useMembersMutation(workspaceId, (input: { email: string; role: Role }) => api.post<CreatedInvitation>(`/api/v1/workspaces/${workspaceId}/invitations`, input));

export const useRevokeInvitation = (workspaceId: string) =>
  useMembersMutation(workspaceId, (invitation: { id: string; email: string }) => api.delete(`/api/v1/workspaces/${workspaceId}/invitations/${invitation.id}`), (i) => `Invitation for ${i.email} revoked`);

export const useChangeRole = (workspaceId: string) =>
  useMembersMutation(workspaceId, (input: { memberId: string; name: string; role: Role }) => api.patch(`/api/v1/workspaces/${workspaceId}/members/${input.memberId}`, { role: input.role }), (i) => `${i.name}'s role changed`);

export const useRemoveMember = (workspaceId: string) =>
  useMembersMutation(workspaceId, (member: { id: string; name: string }) => api.delete(`/api/v1/workspaces/${workspaceId}/members/${member.id}`), (m) => `${m.name} removed from the workspace`);
