// The workspace's channels and the connectors they can be made with, and every change to them.
// Each change refreshes the list (and the audit log, which records it).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { auditKey } from '../audit/useAuditLog.ts';
import type { Channel, ConnectInput, ConnectorInfo } from './types.ts';

export const channelsKey = (workspaceId: string) => ['workspaces', workspaceId, 'channels'] as const;
const base = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}/channels`;

export const useChannels = (workspaceId: string) => useQuery({ queryKey: channelsKey(workspaceId), queryFn: () => api.get<Channel[]>(base(workspaceId)) });

export const useConnectors = () => useQuery({ queryKey: ['connectors'], queryFn: () => api.get<ConnectorInfo[]>('/api/v1/connectors'), staleTime: Infinity });

function useChannelMutation<T, R>(workspaceId: string, fn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    // Refresh on failure too: a failed test still records the channel's new health.
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: channelsKey(workspaceId) }), queryClient.invalidateQueries({ queryKey: auditKey(workspaceId) })]),
  });
}

export const useConnectChannel = (workspaceId: string) => useChannelMutation(workspaceId, (input: ConnectInput) => api.post<Channel>(base(workspaceId), input));

// Leaves Tandem for the network's sign-in; the callback brings the person back to the channels page.
export const useStartOAuth = (workspaceId: string) =>
  useMutation({
    mutationFn: (input: { network: string; config: Record<string, unknown> }) => api.post<{ authorizeUrl: string }>(`${base(workspaceId)}/oauth/start`, input),
    onSuccess: ({ authorizeUrl }) => window.location.assign(authorizeUrl),
  });

export const useRenameChannel = (workspaceId: string) =>
  useChannelMutation(workspaceId, (input: { id: string; displayName: string }) => api.patch<Channel>(`${base(workspaceId)}/${input.id}`, { displayName: input.displayName }));

export const useTestChannel = (workspaceId: string) => useChannelMutation(workspaceId, (id: string) => api.post<Channel>(`${base(workspaceId)}/${id}/test`));

export const useReconnectChannel = (workspaceId: string) =>
  useChannelMutation(workspaceId, (input: { id: string; credentials: Record<string, string> }) => api.post<Channel>(`${base(workspaceId)}/${input.id}/reconnect`, { credentials: input.credentials }));

export const useDisconnectChannel = (workspaceId: string) => useChannelMutation(workspaceId, (id: string) => api.delete(`${base(workspaceId)}/${id}`));
