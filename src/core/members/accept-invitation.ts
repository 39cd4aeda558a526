// Accepting an invitation: a newcomer picks a name and password; someone who already has an
// account proves it with their password. Either way they join with the invited role.
import { findOpenInvitation, markInvitationAccepted } from '../../db/queries/invitations.ts';
import { insertMembershipIfAbsent } from '../../db/queries/memberships.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { verifyPassword } from '../auth/passwords.ts';
import { createSession } from '../auth/sessions.ts';
import { hatsByRole } from '../permissions.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { hashSecret, newId } from '../shared/ids.ts';
import { createUser, findUserByEmail } from '../users/create-user.ts';

async function requireOpenInvitation(ctx: Ctx, token: string) {
  const row = await findOpenInvitation(ctx.db, hashSecret(token), ctx.clock.now());
  if (!row) throw new AppError('invitation_invalid', 'This invitation has expired, was revoked or was already used');
  return row;
}

export async function describeInvitation(ctx: Ctx, token: string) {
  const { invitation, workspaceName } = await requireOpenInvitation(ctx, token);
  const existing = await findUserByEmail(ctx, invitation.email);
  return { workspaceName, email: invitation.email, role: invitation.role, hasAccount: Boolean(existing) };
}

export async function acceptInvitation(ctx: Ctx, input: { token: string; password: string; name?: string }) {
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const { invitation } = await requireOpenInvitation(tx, input.token);
    let user = await findUserByEmail(tx, invitation.email);
    if (user) {
      if (!(await verifyPassword(user.passwordHash, input.password))) throw new AppError('invalid_credentials', 'The password is wrong');
    } else {
      if (!input.name?.trim()) throw new AppError('validation_failed', 'Your name is required');
      const created = await createUser(tx, { email: invitation.email, name: input.name, password: input.password });
      user = { ...created, passwordHash: '', isDisabled: false, timeZone: null, createdAt: ctx.clock.now() };
    }
    const membership = { id: newId(), workspaceId: invitation.workspaceId, userId: user.id, role: invitation.role, hat: hatsByRole[invitation.role][0]! };
    await insertMembershipIfAbsent(db, { ...membership, createdAt: ctx.clock.now() });
    await markInvitationAccepted(db, invitation.id, ctx.clock.now());
    const actorCtx = { ...tx, actor: { type: 'user' as const, id: user.id, label: user.email } };
    await recordAudit(actorCtx, { workspaceId: invitation.workspaceId, action: 'member.join', targetType: 'membership', targetId: membership.id, after: { email: user.email, role: membership.role } });
    const session = await createSession(tx, user.id);
    return { user: { id: user.id, email: user.email, name: user.name }, workspaceId: invitation.workspaceId, ...session };
  });
}
