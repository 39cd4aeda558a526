// The person behind an external account: found by the identity, or created with it. Names come
// from the sending system, so nothing is marked as edited by hand.
import { findIdentityOwner, insertIdentity, insertPerson } from '../../db/queries/people.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';

export type ExternalAuthor = { network: string; externalId: string; handle?: string; displayName?: string };

export async function findOrCreatePersonFor(ctx: WorkspaceCtx, author: ExternalAuthor): Promise<string> {
  const owner = await findIdentityOwner(ctx.db, ctx.workspaceId, author.network, author.externalId);
  if (owner) return owner;
  const now = ctx.clock.now();
  const person = await insertPerson(ctx.db, {
    id: newId(),
    workspaceId: ctx.workspaceId,
    displayName: author.displayName ?? author.handle ?? author.externalId,
    manualFields: [],
    createdAt: now,
    updatedAt: now,
  });
  await insertIdentity(ctx.db, { id: newId(), workspaceId: ctx.workspaceId, personId: person.id, network: author.network, externalId: author.externalId, handle: author.handle ?? null, createdAt: now });
  await recordAudit(ctx, { workspaceId: ctx.workspaceId, action: 'person.create', targetType: 'person', targetId: person.id, after: person });
  return person.id;
}
