// The roles whose members may be given conversations: those allowed to reply (the permission
// matrix decides, so a role that gains or loses inbox.reply joins or leaves the rotation).
import { can } from '../../permissions.ts';
import { roles } from '../../roles.ts';

export const answeringRoles = roles.filter((r) => can(r, 'inbox.reply'));
