// The teammates a conversation can be assigned to or a note can @mention: members whose role
// may answer in the inbox, with their open load and availability when the workload API answers.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { MemberAvailability } from '../../api/inbox-types.ts';
import type { Member } from '../../api/types.ts';
import { useMembers } from '../members/useMembers.ts';
import { can } from '../workspaces/permissions.ts';
import { inboxBase, inboxKey } from './inbox-api.ts';

export type Teammate = { userId: string; name: string; email: string; available: boolean | null; open: number | null; cap: number | null };

type AvailabilityAnswer = MemberAvailability[] | { members: MemberAvailability[] } | { items: MemberAvailability[] };
const availabilityList = (a: AvailabilityAnswer): MemberAvailability[] => (Array.isArray(a) ? a : 'members' in a ? a.members : a.items);

export function useTeammates(workspaceId: string): Teammate[] {
  const members = useMembers(workspaceId);
  // Optional: without it the menu still lists everyone, without loads.
  const availability = useQuery({
    queryKey: [...inboxKey(workspaceId), 'availability'],
    queryFn: async () => availabilityList(await api.get<AvailabilityAnswer>(`${inboxBase(workspaceId)}/availability`)),
    staleTime: 30_000,
    retry: false,
  });
  const byUser = new Map((availability.data ?? []).map((a) => [a.userId, a]));
  return (members.data?.members ?? [])
    .filter((m: Member) => can(m.role, 'inbox.reply'))
    .map((m) => {
      const a = byUser.get(m.userId);
      return { userId: m.userId, name: m.name, email: m.email, available: a?.available ?? null, open: a?.open ?? null, cap: a?.cap ?? null };
    })
    .sort((x, y) => x.name.localeCompare(y.name));
}

export const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('') || '?';
