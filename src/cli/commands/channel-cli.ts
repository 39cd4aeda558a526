// What the channel commands share: a runtime on the configured database and a context acting as
// "cli" with owner rights in one workspace (the machine's operator may do anything).
import { z } from 'zod';
import { loadConfig } from '../../config.ts';
import type { ChannelsCtx } from '../../core/channels/channels-ctx.ts';
import type { Channel } from '../../core/channels/channel-view.ts';
import { systemActor } from '../../core/shared/context.ts';
import { AppError } from '../../core/shared/errors.ts';
import { getWorkspace } from '../../core/workspaces/get-workspace.ts';
import { createRuntime } from '../../runtime.ts';

export const workspaceOption = z.guid('--workspace must be a workspace id');
export const channelOption = z.guid('--channel must be a channel id');

export function parseOptions<S extends z.ZodType>(schema: S, values: unknown): z.output<S> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new AppError('validation_failed', parsed.error.issues[0]!.message);
  return parsed.data;
}

export async function withChannelsCtx<T>(workspaceId: string, fn: (ctx: ChannelsCtx) => Promise<T>): Promise<T> {
  const runtime = await createRuntime(loadConfig(), { migrate: false });
  try {
    const ctx: ChannelsCtx = { db: runtime.database.db, clock: runtime.clock, actor: systemActor('cli'), workspaceId, role: 'owner', keyring: runtime.keyring, connectors: runtime.connectors };
    await getWorkspace(ctx);
    return await fn(ctx);
  } finally {
    await runtime.close();
  }
}

export const describeHealth = (c: Channel): string =>
  c.health === 'rate_limited' && c.rateLimitedUntil ? `rate limited until ${c.rateLimitedUntil.toISOString()}` : c.healthReason ? `${c.health.replace('_', ' ')}: ${c.healthReason}` : c.health.replace('_', ' ');

/** Reads stdin to the end (credentials come this way, never as arguments that `ps` shows). */
export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}
