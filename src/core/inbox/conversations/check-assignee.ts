// Who a conversation may be given to by hand: a member of the workspace whose role may answer
// (inbox.reply) and whose account is not disabled. Anyone else is refused with a reason.
import type { Tx } from '../../../db/client.ts';
import { findMemberForAssignment } from '../../../db/queries/conversations.ts';
import { can } from '../../permissions.ts';
import { AppError } from '../../shared/errors.ts';

export type Assignee = { userId: string; name: string; email: string };

export async function checkAssignee(db: Tx, workspaceId: string, by: { userId: string } | { email: string }): Promise<Assignee> {
  const who = 'userId' in by ? `User ${by.userId}` : by.email;
  const member = await findMemberForAssignment(db, workspaceId, by);
  if (!member) throw new AppError('assignee_not_allowed', `${who} is not a member of this workspace`, { reason: 'not_a_member' });
  if (member.isDisabled) throw new AppError('assignee_not_allowed', `${member.email}'s account is disabled`, { reason: 'disabled' });
  if (!can(member.role, 'inbox.reply')) throw new AppError('assignee_not_allowed', `${member.email} is a ${member.role}, a role that may not answer conversations`, { reason: 'role_may_not_reply', role: member.role });
  return { userId: member.userId, name: member.name, email: member.email };
}
