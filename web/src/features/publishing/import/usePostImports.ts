// CSV imports: a dry run or a real run, one import's progress (polled until it is done) and the
// recent imports. A finished import refreshes the posts, which it created.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../../../api/client.ts';
import { postsKey } from '../usePosts.ts';
import { finished, type ImportReport, type PostImport, type StartImportInput } from './types.ts';

const importsKey = (workspaceId: string) => ['workspaces', workspaceId, 'post-imports'] as const;
const base = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}/post-imports`;

export const useRecentImports = (workspaceId: string) =>
  useQuery({ queryKey: [...importsKey(workspaceId), 'list'], queryFn: async () => (await api.get<{ items: PostImport[] }>(base(workspaceId), { limit: 20 })).items });

export function useStartImport(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StartImportInput) => api.post<ImportReport>(base(workspaceId), input),
    onSuccess: (report) => (report.id ? queryClient.invalidateQueries({ queryKey: importsKey(workspaceId) }) : undefined),
  });
}

/** One import, asked again every second while the job is still creating its posts. */
export function useImportProgress(workspaceId: string, importId: string | null) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: [...importsKey(workspaceId), 'one', importId],
    queryFn: () => api.get<PostImport>(`${base(workspaceId)}/${importId}`),
    enabled: Boolean(importId),
    staleTime: 0,
    refetchInterval: (q) => (q.state.data && finished(q.state.data.state) ? false : 1000),
  });
  const done = query.data ? finished(query.data.state) : false;
  useEffect(() => {
    if (!done) return;
    void queryClient.invalidateQueries({ queryKey: [...importsKey(workspaceId), 'list'] });
    void queryClient.invalidateQueries({ queryKey: postsKey(workspaceId) });
  }, [done, queryClient, workspaceId]);
  return query;
}
