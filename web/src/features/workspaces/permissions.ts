// What each role may do and which hats it may wear, taken from the server's own matrix so the
// UI never offers what the API would refuse. Labels for people live here too.
import { can, grantableRoles, hatsByRole, type Action } from '../../../../src/core/permissions.ts';
import { roles, type Hat, type Role } from '../../../../src/core/roles.ts';

export { can, grantableRoles, hatsByRole, roles };
export type { Action, Hat, Role };

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

