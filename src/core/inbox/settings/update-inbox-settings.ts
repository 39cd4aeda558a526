// PUT /inbox/settings: any subset of the settings. A custom status must be a lowercase slug that
// is not a built-in one, and one that conversations still hold cannot be removed (they would be
// left in a status no view lists).
import { countConversationsInStatuses, upsertInboxSettings } from '../../../db/queries/inbox-settings.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { builtinStatuses, type InboxHat } from '../vocabulary.ts';
import { readInboxSettings, type InboxSettings } from './inbox-settings.ts';

export type InboxSettingsInput = Partial<{ postRepliesHat: InboxHat; customStatuses: string[]; autoAssign: boolean; defaultOpenCap: number }>;

export const customStatusPattern = /^[a-z][a-z0-9_]{0,39}$/;
export const maxCustomStatuses = 20;

export function checkCustomStatuses(statuses: string[]): string[] {
  if (statuses.length > maxCustomStatuses) throw new AppError('validation_failed', `At most ${maxCustomStatuses} custom statuses`);
  const seen = new Set<string>();
  for (const s of statuses) {
    if (!customStatusPattern.test(s)) throw new AppError('validation_failed', `Custom status "${s}" must be a lowercase slug: a letter, then letters, digits or _ (at most 40)`);
    if ((builtinStatuses as readonly string[]).includes(s)) throw new AppError('validation_failed', `"${s}" is a built-in status; custom statuses come in addition to ${builtinStatuses.join(', ')}`);
    if (seen.has(s)) throw new AppError('validation_failed', `Custom status "${s}" is listed twice`);
    seen.add(s);
  }
  return statuses;
}

export async function updateInboxSettings(ctx: WorkspaceCtx, input: InboxSettingsInput): Promise<InboxSettings> {
  if (input.customStatuses) checkCustomStatuses(input.customStatuses);
  if (input.defaultOpenCap !== undefined && (!Number.isInteger(input.defaultOpenCap) || input.defaultOpenCap < 1 || input.defaultOpenCap > 10_000)) {
    throw new AppError('validation_failed', 'defaultOpenCap must be a whole number from 1 to 10000');
  }
  return inTransaction(ctx.db, async (db) => {
    const before = await readInboxSettings(db, ctx.workspaceId);
    if (input.customStatuses) {
      const removed = before.customStatuses.filter((s) => !input.customStatuses!.includes(s));
      const inUse = await countConversationsInStatuses(db, ctx.workspaceId, removed);
      if (inUse.length) {
        const list = inUse.map((u) => `${u.status} (${u.n})`).join(', ');
        throw new AppError('status_in_use', `Conversations still hold these statuses: ${list}; move them to another status first`, { statuses: inUse });
      }
    }
    await upsertInboxSettings(db, { id: newId(), workspaceId: ctx.workspaceId, ...input, updatedAt: ctx.clock.now() });
    const after = await readInboxSettings(db, ctx.workspaceId);
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'inbox_settings.update', targetType: 'inbox_settings', targetId: ctx.workspaceId, before, after });
    return after;
  });
}
