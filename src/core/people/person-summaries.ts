// Who a suggestion or a merge is about, as the review queue shows two people side by side.
import { findPeopleRows, listIdentityBadges } from '../../db/queries/people.ts';
import type { WorkspaceCtx } from '../shared/context.ts';

export type PersonSummary = {
  id: string;
  displayName: string;
  email: string | null;
  avatarUrl: string | null;
  tags: string[];
  isStaff: boolean;
  mergedIntoId: string | null;
  createdAt: Date;
  identities: { network: string; handle: string | null; verified: boolean }[];
};

/** Summaries of these people, in two queries whatever their number. */
export async function personSummaries(ctx: WorkspaceCtx, personIds: string[]): Promise<Map<string, PersonSummary>> {
  const ids = [...new Set(personIds)];
  const [rows, badges] = [await findPeopleRows(ctx.db, ctx.workspaceId, ids), await listIdentityBadges(ctx.db, ctx.workspaceId, ids)];
  return new Map(
    rows.map((p) => [
      p.id,
      {
        id: p.id,
        displayName: p.displayName,
        email: p.email,
        avatarUrl: p.avatarUrl,
        tags: p.tags,
        isStaff: p.isStaff,
        mergedIntoId: p.mergedIntoId,
        createdAt: p.createdAt,
        identities: badges.filter((b) => b.personId === p.id).map(({ network, handle, verified }) => ({ network, handle, verified })),
      },
    ]),
  );
}
