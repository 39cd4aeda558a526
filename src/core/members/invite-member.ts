// Invites someone by e-mail with a role. The invitation link carries a one-time token that is
// stored only as its hash; the link is returned once, to be sent or copied by the inviter.
import { and, eq, sql } from 'drizzle-orm';
import { invitations, memberships, users, type Role } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertMayGrant } from '../permissions.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { hashSecret, newId, newSecret } from '../shared/ids.ts';

export const invitationTtlMs = 7 * 24 * 3600 * 1000;

export async function inviteMember(ctx: WorkspaceCtx, input: { email: string; role: Role }) {
  assertMayGrant(ctx.role, input.role);
  const email = input.email.trim();
  const [member] = await ctx.db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, ctx.workspaceId), sql`lower(${users.email}) = lower(${email})`));
  if (member) throw new AppError('conflict', `${email} is already a member of this workspace`);
  const token = newSecret('inv', 24);
  const invitation = {
    id: newId(),
    workspaceId: ctx.workspaceId,
    email,
    role: input.role,
    invitedBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
    expiresAt: new Date(ctx.clock.now().getTime() + invitationTtlMs),
  };
  await ctx.db.transaction(async (db) => {
    await db.insert(invitations).values({ ...invitation, tokenHash: hashSecret(token), createdAt: ctx.clock.now() });
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'member.invite', targetType: 'invitation', targetId: invitation.id, after: { email, role: input.role } });
  });
  return { ...invitation, token };
}

export async function revokeInvitation(ctx: WorkspaceCtx, invitationId: string) {
  await ctx.db.transaction(async (db) => {
    const [row] = await db
      .delete(invitations)
      .where(and(eq(invitations.id, invitationId), eq(invitations.workspaceId, ctx.workspaceId)))
      .returning({ id: invitations.id, email: invitations.email, role: invitations.role });
    if (!row) throw new AppError('not_found', 'Invitation not found');
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'member.invitation_revoke', targetType: 'invitation', targetId: row.id, before: row });
  });
}
