// The workspace's campaigns, one campaign with its summary and clicks, and creating, editing,
// archiving and restoring them (src/http/routes/campaigns.ts).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import type { Campaign, CampaignInput, CampaignSummary, ClickTotals } from './types.ts';

export const campaignsKey = (workspaceId: string) => ['workspaces', workspaceId, 'campaigns'] as const;
const ws = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}`;
const base = (workspaceId: string) => `${ws(workspaceId)}/campaigns`;

// A workspace runs tens of campaigns, not thousands: read them all for the pickers and the page.
async function allCampaigns(workspaceId: string, archived: boolean): Promise<Campaign[]> {
  const all: Campaign[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 10; i++) {
    const page = await api.get<Page<Campaign>>(base(workspaceId), { archived: String(archived), limit: 200, cursor });
    all.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return all;
}

export const useCampaigns = (workspaceId: string, enabled = true, archived = false) =>
  useQuery({ queryKey: [...campaignsKey(workspaceId), 'list', archived], queryFn: () => allCampaigns(workspaceId, archived), enabled });

export const useCampaign = (workspaceId: string, id: string) => useQuery({ queryKey: [...campaignsKey(workspaceId), id], queryFn: () => api.get<Campaign>(`${base(workspaceId)}/${id}`) });

export const useCampaignSummary = (workspaceId: string, id: string) =>
  useQuery({ queryKey: [...campaignsKey(workspaceId), id, 'summary'], queryFn: () => api.get<CampaignSummary>(`${base(workspaceId)}/${id}/summary`) });

export const useCampaignClicks = (workspaceId: string, id: string) =>
  useQuery({ queryKey: [...campaignsKey(workspaceId), id, 'clicks'], queryFn: () => api.get<ClickTotals>(`${ws(workspaceId)}/links/clicks`, { campaignId: id }) });

function useCampaignMutation<T, R>(workspaceId: string, fn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => queryClient.invalidateQueries({ queryKey: campaignsKey(workspaceId) }) });
}

export const useCreateCampaign = (workspaceId: string) => useCampaignMutation(workspaceId, (input: CampaignInput) => api.post<Campaign>(base(workspaceId), input));

export const useUpdateCampaign = (workspaceId: string) =>
  useCampaignMutation(workspaceId, ({ id, input }: { id: string; input: Partial<CampaignInput> }) => api.patch<Campaign>(`${base(workspaceId)}/${id}`, input));

export const useArchiveCampaign = (workspaceId: string) =>
  useCampaignMutation(workspaceId, ({ id, archived }: { id: string; archived: boolean }) => api.post<Campaign>(`${base(workspaceId)}/${id}/${archived ? 'archive' : 'restore'}`));
