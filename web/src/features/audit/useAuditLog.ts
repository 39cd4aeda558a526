// Pages of the audit log for the filters chosen, newest first; "load more" follows nextCursor.
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { AuditEntry, Page } from '../../api/types.ts';

/** Every page of every filter: what a change elsewhere invalidates so the log shows it. */
export const auditKey = (workspaceId: string) => ['workspaces', workspaceId, 'audit'] as const;

export type AuditFilters = { action: string; actor: string; from: string; to: string };
export const noFilters: AuditFilters = { action: '', actor: '', from: '', to: '' };

// Date inputs give calendar days; the API wants instants. Days are the viewer's local days.
const startOfDay = (day: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : undefined);
const endOfDay = (day: string) => (day ? new Date(`${day}T23:59:59.999`).toISOString() : undefined);

export function useAuditLog(workspaceId: string, filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: [...auditKey(workspaceId), filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api.get<Page<AuditEntry>>(`/api/v1/workspaces/${workspaceId}/audit`, {
        action: filters.action,
        actor: filters.actor.trim(),
        from: startOfDay(filters.from),
        to: endOfDay(filters.to),
        cursor: pageParam,
        limit: 50,
      }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
