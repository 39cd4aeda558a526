// The workspace's inbox settings; the inbox reads its custom statuses (escalated, waiting on
// product ...). A workspace that never saved settings answers the defaults.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { InboxSettings } from '../../api/inbox-types.ts';
import { inboxBase, inboxKey } from './inbox-api.ts';

export const useInboxSettings = (workspaceId: string) =>
  useQuery({ queryKey: [...inboxKey(workspaceId), 'settings'], queryFn: () => api.get<InboxSettings>(`${inboxBase(workspaceId)}/settings`), staleTime: 60_000 });

export const useCustomStatuses = (workspaceId: string): string[] => useInboxSettings(workspaceId).data?.customStatuses ?? [];
