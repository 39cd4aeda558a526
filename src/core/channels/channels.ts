// Channels as the core knows them so far: a network account with sealed credentials. The
// connectors issue adds connecting, testing and health checks on top of these.
import { and, asc, eq } from 'drizzle-orm';
import { channels } from '../../db/schema/index.ts';
import { seal, type Keyring } from '../../crypto/secrets.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { newId } from '../shared/ids.ts';

const publicColumns = {
  id: channels.id,
  network: channels.network,
  displayName: channels.displayName,
  limits: channels.limits,
  health: channels.health,
  healthReason: channels.healthReason,
  rateLimitedUntil: channels.rateLimitedUntil,
  createdAt: channels.createdAt,
};

export type NewChannel = { network: string; displayName: string; credentials?: Record<string, unknown> };

export async function createChannel(ctx: WorkspaceCtx & { keyring: Keyring }, input: NewChannel) {
  return ctx.db.transaction(async (db) => {
    const [row] = await db
      .insert(channels)
      .values({
        id: newId(),
        workspaceId: ctx.workspaceId,
        network: input.network,
        displayName: input.displayName.trim(),
        credentials: input.credentials ? seal(ctx.keyring, JSON.stringify(input.credentials)) : null,
        createdAt: ctx.clock.now(),
      })
      .returning(publicColumns);
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'channel.create', targetType: 'channel', targetId: row!.id, after: row });
    return row!;
  });
}

export const listChannels = (ctx: WorkspaceCtx) =>
  ctx.db.select(publicColumns).from(channels).where(eq(channels.workspaceId, ctx.workspaceId)).orderBy(asc(channels.displayName));

export async function getChannel(ctx: WorkspaceCtx, channelId: string) {
  const [row] = await ctx.db.select(publicColumns).from(channels).where(and(eq(channels.id, channelId), eq(channels.workspaceId, ctx.workspaceId)));
  if (!row) throw notFound('Channel');
  return row;
}
