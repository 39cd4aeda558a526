// API tokens of a workspace: list, create (the secret comes back once), revoke.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { ApiToken, CreatedApiToken, Role } from '../../api/types.ts';

export const tokensKey = (workspaceId: string) => ['workspaces', workspaceId, 'tokens'] as const;

export const useTokens = (workspaceId: string) =>
  useQuery({ queryKey: tokensKey(workspaceId), queryFn: () => api.get<ApiToken[]>(`/api/v1/workspaces/${workspaceId}/tokens`) });

export function useCreateToken(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; role: Role; expiresInDays?: number }) => api.post<CreatedApiToken>(`/api/v1/workspaces/${workspaceId}/tokens`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey(workspaceId) }),
  });
}

export function useRevokeToken(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => api.delete(`/api/v1/workspaces/${workspaceId}/tokens/${tokenId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey(workspaceId) }),
  });
}
