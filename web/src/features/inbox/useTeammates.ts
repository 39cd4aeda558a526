// The teammates a conversation can be assigned to or a note can @mention: members whose role
// may answer in the inbox, with their open load, cap and availability (the workload view's own
// query; without it the menu still lists everyone, without loads).
import type { Member } from '../../api/types.ts';
import { useMembers } from '../members/useMembers.ts';
import { useAvailability } from '../workload/useWorkload.ts';
import { can } from '../workspaces/permissions.ts';

export type Teammate = { userId: string; name: string; email: string; available: boolean | null; open: number | null; cap: number | null };

export function useTeammates(workspaceId: string): Teammate[] {
  const members = useMembers(workspaceId);
  const availability = useAvailability(workspaceId);
  const byUser = new Map((availability.data ?? []).map((a) => [a.userId, a]));
  return (members.data?.members ?? [])
    .filter((m: Member) => can(m.role, 'inbox.reply'))
    .map((m) => {
      const a = byUser.get(m.userId);
      return { userId: m.userId, name: m.name, email: m.email, available: a?.available ?? null, open: a?.open ?? null, cap: a?.cap ?? null };
    })
    .sort((x, y) => x.name.localeCompare(y.name));
}

