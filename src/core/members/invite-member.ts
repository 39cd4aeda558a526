// Invites someone by e-mail with a role. The invitation link carries a one-time token that is
// stored only as its hash; the link is returned once, to be sent or copied by the inviter.
import { deleteInvitation, insertInvitation } from '../../db/queries/invitations.ts';
import { hasMemberWithEmail } from '../../db/queries/memberships.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertMayGrant } from '../permissions.ts';
import type { Role } from '../roles.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { hashSecret, newId, newSecret } from '../shared/ids.ts';

export const invitationTtlMs = 7 * 24 * 3600 * 1000;

export async function inviteMember(ctx: WorkspaceCtx, input: { email: string; role: Role }) {
  assertMayGrant(ctx.role, input.role);
  const email = input.email.trim();
  if (await hasMemberWithEmail(ctx.db, ctx.workspaceId, email)) throw new AppError('conflict', `${email} is already a member of this workspace`);
  const token = newSecret('inv', 24);
  const invitation = {
    id: newId(),
    workspaceId: ctx.workspaceId,
    email,
    role: input.role,
    invitedBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
    expiresAt: new Date(ctx.clock.now().getTime() + invitationTtlMs),
  };
  await inTransaction(ctx.db, async (db) => {
    await insertInvitation(db, { ...invitation, tokenHash: hashSecret(token), createdAt: ctx.clock.now() });
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'member.invite', targetType: 'invitation', targetId: invitation.id, after: { email, role: input.role } });
  });
  return { ...invitation, token };
}

export async function revokeInvitation(ctx: WorkspaceCtx, invitationId: string) {
  await inTransaction(ctx.db, async (db) => {
    const row = await deleteInvitation(db, ctx.workspaceId, invitationId);
    if (!row) throw new AppError('not_found', 'Invitation not found');
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'member.invitation_revoke', targetType: 'invitation', targetId: row.id, before: row });
  });
}
