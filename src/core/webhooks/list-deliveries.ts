// A webhook's delivery log, newest first: status, attempts, the receiver's last answer.
import { listDeliveryPage } from '../../db/queries/webhooks.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { pageWindow, toPage } from '../shared/cursor.ts';
import { getWebhook } from './manage-webhooks.ts';

export async function listDeliveries(ctx: WorkspaceCtx, webhookId: string, f: { cursor?: string; limit: number }) {
  await getWebhook(ctx, webhookId);
  const rows = await listDeliveryPage(ctx.db, ctx.workspaceId, webhookId, pageWindow(f.cursor, f.limit));
  return toPage(rows, f.limit, (r) => r.createdAt);
}
