// API tokens: bearer secrets bound to one workspace and one role. The secret is shown once at
// creation; the database keeps its SHA-256 and a short prefix to recognise it by.
import { and, desc, eq, gt, isNull, or } from 'drizzle-orm';
import { apiTokens, type Role } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertMayGrant } from '../permissions.ts';
import type { Ctx, WorkspaceCtx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { hashSecret, newId, newSecret } from '../shared/ids.ts';

const publicColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  role: apiTokens.role,
  prefix: apiTokens.prefix,
  expiresAt: apiTokens.expiresAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
  createdAt: apiTokens.createdAt,
};

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
  await ctx.db.transaction(async (db) => {
    await db.insert(apiTokens).values({ ...row, tokenHash: hashSecret(secret), createdAt: now });
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'token.create', targetType: 'api_token', targetId: row.id, after: { name: row.name, role: row.role, prefix: row.prefix, expiresAt: row.expiresAt } });
  });
  return { ...row, secret };
}

export async function listApiTokens(ctx: WorkspaceCtx) {
  return ctx.db.select(publicColumns).from(apiTokens).where(eq(apiTokens.workspaceId, ctx.workspaceId)).orderBy(desc(apiTokens.createdAt));
}

export async function revokeApiToken(ctx: WorkspaceCtx, tokenId: string) {
  await ctx.db.transaction(async (db) => {
    const [row] = await db
      .update(apiTokens)
      .set({ revokedAt: ctx.clock.now() })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.workspaceId, ctx.workspaceId), isNull(apiTokens.revokedAt)))
      .returning(publicColumns);
    if (!row) throw notFound('API token');
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'token.revoke', targetType: 'api_token', targetId: tokenId, after: { name: row.name, revokedAt: row.revokedAt } });
  });
}

/** Finds a live token by its secret; used by the HTTP auth middleware. */
export async function resolveApiToken(ctx: Ctx, secret: string) {
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .select({ id: apiTokens.id, workspaceId: apiTokens.workspaceId, role: apiTokens.role, name: apiTokens.name, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashSecret(secret)), isNull(apiTokens.revokedAt), or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now))));
  // Touch last-used at most once a minute, so a busy token does not write on every request.
  if (row && (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000)) {
    await ctx.db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  }
  return row;
}
