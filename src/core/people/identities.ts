// Identities tie an account on a network to a person. An external account is unique per
// workspace, so a verified identity can only ever belong to one person.
import { and, eq } from 'drizzle-orm';
import { identities } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { getPerson } from './people.ts';

export type NewIdentity = { network: string; externalId: string; handle?: string | null; verified?: boolean };

export async function addIdentity(ctx: WorkspaceCtx, personId: string, input: NewIdentity) {
  return ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    await getPerson(tx, personId);
    const [taken] = await db
      .select({ personId: identities.personId })
      .from(identities)
      .where(and(eq(identities.workspaceId, ctx.workspaceId), eq(identities.network, input.network), eq(identities.externalId, input.externalId)));
    if (taken) throw new AppError('conflict', `This ${input.network} account already belongs to a person`, { personId: taken.personId });
    const [row] = await db
      .insert(identities)
      .values({ id: newId(), workspaceId: ctx.workspaceId, personId, ...input, createdAt: ctx.clock.now() })
      .returning();
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'person.add_identity', targetType: 'person', targetId: personId, after: row });
    return row!;
  });
}
