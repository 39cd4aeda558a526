// What each role may do and which hats it may wear, taken from the server's own matrix so the
// UI never offers what the API would refuse. Labels for people live here too.
import { hatsByRole, matrix, type Action } from '../../../../src/core/permissions.ts';
import type { Role } from '../../../../src/db/schema/index.ts';

export { hatsByRole, matrix };
export type { Action, Role };

export const roles: readonly Role[] = ['owner', 'admin', 'social_media_manager', 'community_manager', 'analyst', 'approver'];

export const roleLabels: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  social_media_manager: 'Social media manager',
  community_manager: 'Community manager',
  analyst: 'Analyst',
  approver: 'Approver',
};

export const roleDescriptions: Record<Role, string> = {
  owner: 'Everything, including managing other owners.',
  admin: 'Everything except granting or changing the owner role.',
  social_media_manager: 'Publishing and channels; works in the social hat.',
  community_manager: 'People and community activity; works in the community hat.',
  analyst: 'Reads everything and the audit log; changes nothing.',
  approver: 'A client or reviewer who approves content.',
};

export const hatLabels = { social: 'Social', community: 'Community', both: 'Both' } as const;

export const can = (role: Role, action: Action): boolean => matrix[role].has(action);

// Mirrors assertMayGrant on the server: owners grant anything, admins anything but owner,
// and nobody else manages roles at all.
export function grantableRoles(myRole: Role): Role[] {
  if (myRole === 'owner') return [...roles];
  if (myRole === 'admin') return roles.filter((r) => r !== 'owner');
  return [];
}
