// First-run setup: while no user exists, the first visitor creates the owner account and the
// first workspace. Serialised by an advisory lock so two visitors cannot both become owner.
import { countUsers } from '../../db/queries/users.ts';
import { inTransaction, lockForSetup } from '../../db/transaction.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { createUser } from '../users/create-user.ts';
import { createWorkspace } from '../workspaces/create-workspace.ts';
import { createSession } from './sessions.ts';

export async function isSetupNeeded(ctx: Ctx): Promise<boolean> {
  return (await countUsers(ctx.db)) === 0;
}

export type SetupInput = { name: string; email: string; password: string; workspaceName: string; timeZone?: string };

export async function completeSetup(ctx: Ctx, input: SetupInput) {
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    await lockForSetup(db);
    if (!(await isSetupNeeded(tx))) throw new AppError('setup_done', 'Tandem is already set up; sign in instead');
    const user = await createUser(tx, input);
    const actorCtx = { ...tx, actor: { type: 'user' as const, id: user.id, label: user.email } };
    const workspace = await createWorkspace(actorCtx, { name: input.workspaceName, timeZone: input.timeZone, ownerId: user.id });
    const session = await createSession(tx, user.id);
    return { user, workspace, ...session };
  });
}
