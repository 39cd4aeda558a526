// Identities tie an account on a network to a person. An external account is unique per
// workspace, so a verified identity can only ever belong to one person.
import { findIdentityOwner, insertIdentity } from '../../db/queries/people.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';
import { requireActivePerson } from './people.ts';
import { refreshMergeSuggestions } from './store-merge-suggestions.ts';

export type NewIdentity = { network: string; externalId: string; handle?: string | null; verified?: boolean; displayName?: string | null; email?: string | null; profileUrls?: string[] };

export async function addIdentity(ctx: WorkspaceCtx, personId: string, input: NewIdentity) {
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    await requireActivePerson(tx, personId);
    const owner = await findIdentityOwner(db, ctx.workspaceId, input.network, input.externalId);
    if (owner) throw new AppError('conflict', `This ${input.network} account already belongs to a person`, { personId: owner });
    const row = await insertIdentity(db, { id: newId(), workspaceId: ctx.workspaceId, personId, ...input, createdAt: ctx.clock.now() });
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'person.add_identity', targetType: 'person', targetId: personId, after: row });
    await refreshMergeSuggestions(tx, [personId]);
    return row;
  });
}
