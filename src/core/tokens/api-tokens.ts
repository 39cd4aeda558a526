// API tokens: bearer secrets bound to one workspace and one role. The secret is shown once at
// creation; the database keeps its SHA-256 and a short prefix to recognise it by.
import { findLiveApiToken, insertApiToken, listApiTokensNewestFirst, markApiTokenRevoked, touchApiToken } from '../../db/queries/api-tokens.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertMayGrant } from '../permissions.ts';
import type { Role } from '../roles.ts';
import type { Ctx, WorkspaceCtx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { hashSecret, newId, newSecret } from '../shared/ids.ts';

export async function createApiToken(ctx: WorkspaceCtx, input: { name: string; role: Role; expiresInDays?: number }) {
  assertMayGrant(ctx.role, input.role);
  const secret = newSecret('tdm');
  const now = ctx.clock.now();
  const row = {
    id: newId(),
    workspaceId: ctx.workspaceId,
    name: input.name.trim(),
    role: input.role,
    prefix: secret.slice(0, 10),
    createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
    expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null,
  };
  await inTransaction(ctx.db, async (db) => {
    await insertApiToken(db, { ...row, tokenHash: hashSecret(secret), createdAt: now });
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'token.create', targetType: 'api_token', targetId: row.id, after: { name: row.name, role: row.role, prefix: row.prefix, expiresAt: row.expiresAt } });
  });
  return { ...row, secret };
}

export async function listApiTokens(ctx: WorkspaceCtx) {
  return listApiTokensNewestFirst(ctx.db, ctx.workspaceId);
}

export async function revokeApiToken(ctx: WorkspaceCtx, tokenId: string) {
  await inTransaction(ctx.db, async (db) => {
    const row = await markApiTokenRevoked(db, ctx.workspaceId, tokenId, ctx.clock.now());
    if (!row) throw notFound('API token');
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'token.revoke', targetType: 'api_token', targetId: tokenId, after: { name: row.name, revokedAt: row.revokedAt } });
  });
}

/** Finds a live token by its secret; used by the HTTP auth middleware. */
export async function resolveApiToken(ctx: Ctx, secret: string) {
  const now = ctx.clock.now();
  const row = await findLiveApiToken(ctx.db, hashSecret(secret), now);
  // Touch last-used at most once a minute, so a busy token does not write on every request.
  if (row && (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000)) {
    await touchApiToken(ctx.db, row.id, now);
  }
  return row;
}
