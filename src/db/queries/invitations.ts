// Invitations to a workspace, found by the hash of their one-time token.
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { invitations, workspaces } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type Invitation = typeof invitations.$inferSelect;
export type NewInvitation = typeof invitations.$inferInsert;

export async function insertInvitation(db: Tx, row: NewInvitation): Promise<void> {
  await db.insert(invitations).values(row);
}

/** An invitation not yet accepted nor expired at `now`, with its workspace's name. */
export async function findOpenInvitation(db: Tx, tokenHash: string, now: Date): Promise<{ invitation: Invitation; workspaceName: string } | undefined> {
  const [row] = await db
    .select({ invitation: invitations, workspaceName: workspaces.name })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(and(eq(invitations.tokenHash, tokenHash), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now)));
  return row;
}

export async function markInvitationAccepted(db: Tx, invitationId: string, at: Date): Promise<void> {
  await db.update(invitations).set({ acceptedAt: at }).where(eq(invitations.id, invitationId));
}

/** Deletes the workspace's invitation; returns what it was, or undefined if there was none. */
export async function deleteInvitation(db: Tx, workspaceId: string, invitationId: string) {
  const [row] = await db
    .delete(invitations)
    .where(and(eq(invitations.id, invitationId), eq(invitations.workspaceId, workspaceId)))
    .returning({ id: invitations.id, email: invitations.email, role: invitations.role });
  return row;
}

/** Invitations still waiting for an answer at `now`, newest first. */
export function listPendingInvitations(db: Tx, workspaceId: string, now: Date) {
  return db
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt, createdAt: invitations.createdAt })
    .from(invitations)
    .where(and(eq(invitations.workspaceId, workspaceId), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now)))
    .orderBy(desc(invitations.createdAt));
}
