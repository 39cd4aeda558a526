// Media uploads for the composer. The JSON client cannot send files, so the upload is a plain
// multipart fetch that echoes the session's CSRF token like every other unsafe request.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client.ts';
import { useSignedInSession } from '../auth/useSession.ts';
import type { MediaItem } from './types.ts';

const base = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}/media`;
const mediaKey = (workspaceId: string, id: string) => ['workspaces', workspaceId, 'media', id] as const;

/** Where the browser can show the file (the API's own URL when it gives one). */
export const mediaUrl = (workspaceId: string, item: Pick<MediaItem, 'id' | 'url'>) => item.url ?? `${base(workspaceId)}/${item.id}/content`;

export function useUploadMedia(workspaceId: string) {
  const { csrfToken } = useSignedInSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.set('file', file);
      const res = await fetch(base(workspaceId), { method: 'POST', body: form, credentials: 'same-origin', headers: { 'x-csrf-token': csrfToken, accept: 'application/json' } });
      const body = (await res.json().catch(() => null)) as (MediaItem & { detail?: string; code?: string }) | null;
      if (!res.ok) throw new ApiError(res.status, body?.code ?? 'http_error', body?.detail ?? `The upload failed (${res.status})`);
      return body as MediaItem;
    },
    onSuccess: (item) => queryClient.setQueryData(mediaKey(workspaceId, item.id), item),
  });
}

export const useMediaItem = (workspaceId: string, id: string) =>
  useQuery({ queryKey: mediaKey(workspaceId, id), queryFn: () => api.get<MediaItem>(`${base(workspaceId)}/${id}`), staleTime: Infinity });
