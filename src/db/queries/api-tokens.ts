// API tokens, found by the SHA-256 of their secret. Listings never include the hash.
import { and, desc, eq, gt, isNull, or } from 'drizzle-orm';
import { apiTokens } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type NewApiToken = typeof apiTokens.$inferInsert;

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

export async function insertApiToken(db: Tx, row: NewApiToken): Promise<void> {
  await db.insert(apiTokens).values(row);
}

export function listApiTokensNewestFirst(db: Tx, workspaceId: string) {
  return db.select(publicColumns).from(apiTokens).where(eq(apiTokens.workspaceId, workspaceId)).orderBy(desc(apiTokens.createdAt));
}

/** Marks the workspace's token revoked at `at`; undefined if there is no such live token. */
export async function markApiTokenRevoked(db: Tx, workspaceId: string, tokenId: string, at: Date) {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.workspaceId, workspaceId), isNull(apiTokens.revokedAt)))
    .returning(publicColumns);
  return row;
}

/** The token behind a secret's hash, if not revoked and unexpired at `now`. */
export async function findLiveApiToken(db: Tx, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ id: apiTokens.id, workspaceId: apiTokens.workspaceId, role: apiTokens.role, name: apiTokens.name, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt), or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now))));
  return row;
}

export async function touchApiToken(db: Tx, tokenId: string, at: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, tokenId));
}
