// The workspace's inbox settings as everyone reads them: the stored row, or the defaults when the
// workspace never saved any. Ingestion reads postRepliesHat (hand-off), assignment autoAssign and
// defaultOpenCap, triage the custom statuses.
import { findInboxSettings } from '../../../db/queries/inbox-settings.ts';
import type { Tx } from '../../../db/client.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { builtinStatuses, type InboxHat } from '../vocabulary.ts';

export type InboxSettings = {
  /** Where replies to a published post land (the hand-off from the social hat). */
  postRepliesHat: InboxHat;
  /** The workspace's own statuses (escalated, waiting_on_product ...), beside the built-in ones. */
  customStatuses: string[];
  autoAssign: boolean;
  defaultOpenCap: number;
  updatedAt: Date | null;
};

export const defaultInboxSettings: InboxSettings = { postRepliesHat: 'community', customStatuses: [], autoAssign: false, defaultOpenCap: 25, updatedAt: null };

/** Reads with any handle (a job outside a workspace context passes its db and the workspace id). */
export async function readInboxSettings(db: Tx, workspaceId: string): Promise<InboxSettings> {
  const row = await findInboxSettings(db, workspaceId);
  if (!row) return { ...defaultInboxSettings, customStatuses: [] };
  return { postRepliesHat: row.postRepliesHat, customStatuses: row.customStatuses, autoAssign: row.autoAssign, defaultOpenCap: row.defaultOpenCap, updatedAt: row.updatedAt };
}

export const getInboxSettings = (ctx: WorkspaceCtx): Promise<InboxSettings> => readInboxSettings(ctx.db, ctx.workspaceId);

/** Every status a conversation of this workspace may take: the built-in ones, then the custom ones. */
export const allStatuses = (settings: Pick<InboxSettings, 'customStatuses'>): string[] => [...builtinStatuses, ...settings.customStatuses];
