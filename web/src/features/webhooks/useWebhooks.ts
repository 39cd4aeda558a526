// Outbound webhooks of a workspace: list, create (the secret comes back once), edit, delete,
// send a test, and the delivery log page by page.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import type { CreatedWebhook, Webhook, WebhookDelivery, WebhookInput } from './types.ts';

const base = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}/webhooks`;
export const webhooksKey = (workspaceId: string) => ['workspaces', workspaceId, 'webhooks'] as const;
const deliveriesKey = (workspaceId: string, webhookId: string) => [...webhooksKey(workspaceId), webhookId, 'deliveries'] as const;

export const useWebhooks = (workspaceId: string) => useQuery({ queryKey: webhooksKey(workspaceId), queryFn: () => api.get<Webhook[]>(base(workspaceId)) });

export const useWebhook = (workspaceId: string, webhookId: string) =>
  useQuery({ queryKey: [...webhooksKey(workspaceId), webhookId], queryFn: () => api.get<Webhook>(`${base(workspaceId)}/${webhookId}`) });

function useWebhookMutation<I, O>(workspaceId: string, fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKey(workspaceId) }) });
}

export const useCreateWebhook = (workspaceId: string) => useWebhookMutation(workspaceId, (input: WebhookInput) => api.post<CreatedWebhook>(base(workspaceId), input));

export const useUpdateWebhook = (workspaceId: string) =>
  useWebhookMutation(workspaceId, ({ id, ...patch }: Partial<WebhookInput> & { id: string; active?: boolean }) => api.patch<Webhook>(`${base(workspaceId)}/${id}`, patch));

export const useDeleteWebhook = (workspaceId: string) => useWebhookMutation(workspaceId, (id: string) => api.delete(`${base(workspaceId)}/${id}`));

export const useTestWebhook = (workspaceId: string) => useWebhookMutation(workspaceId, (id: string) => api.post<WebhookDelivery>(`${base(workspaceId)}/${id}/test`));

export function useDeliveries(workspaceId: string, webhookId: string) {
  return useInfiniteQuery({
    queryKey: deliveriesKey(workspaceId, webhookId),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => api.get<Page<WebhookDelivery>>(`${base(workspaceId)}/${webhookId}/deliveries`, { cursor: pageParam, limit: 50 }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // Pending deliveries change on their own as the worker retries them.
    refetchInterval: 15_000,
  });
}
