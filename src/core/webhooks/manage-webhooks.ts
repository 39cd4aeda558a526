// Outbound webhooks of a workspace. The signing secret is generated here, sealed at rest and
// returned once, by create; nothing else ever returns it.
import { seal, type Keyring } from '../../crypto/secrets.ts';
import { deleteWebhookRow, findWebhook, insertWebhook, listWebhookRows, updateWebhookRow, type WebhookChanges } from '../../db/queries/webhooks.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { newId, newSecret } from '../shared/ids.ts';

export type NewWebhookInput = { name: string; url: string; events: string[] };

const unique = (events: string[]) => [...new Set(events)];

export async function createWebhook(ctx: WorkspaceCtx & { keyring: Keyring }, input: NewWebhookInput) {
  const secret = newSecret('whsec');
  return inTransaction(ctx.db, async (db) => {
    const row = await insertWebhook(db, {
      id: newId(),
      workspaceId: ctx.workspaceId,
      name: input.name.trim(),
      url: input.url,
      events: unique(input.events),
      secret: seal(ctx.keyring, secret),
      active: true,
      createdAt: ctx.clock.now(),
    });
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'webhook.create', targetType: 'webhook', targetId: row.id, after: row });
    return { ...row, secret };
  });
}

export const listWebhooks = (ctx: WorkspaceCtx) => listWebhookRows(ctx.db, ctx.workspaceId);

export async function getWebhook(ctx: WorkspaceCtx, webhookId: string) {
  const row = await findWebhook(ctx.db, ctx.workspaceId, webhookId);
  if (!row) throw notFound('Webhook');
  return row;
}

export async function updateWebhook(ctx: WorkspaceCtx, webhookId: string, patch: WebhookChanges) {
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const before = await getWebhook(tx, webhookId);
    const changes = { ...patch, ...(patch.name !== undefined && { name: patch.name.trim() }), ...(patch.events && { events: unique(patch.events) }) };
    const after = (await updateWebhookRow(db, ctx.workspaceId, webhookId, changes))!;
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'webhook.update', targetType: 'webhook', targetId: webhookId, before, after });
    return after;
  });
}

/** Deletes the webhook and its delivery log (pending deliveries are never sent). */
export async function deleteWebhook(ctx: WorkspaceCtx, webhookId: string) {
  await inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const before = await getWebhook(tx, webhookId);
    await deleteWebhookRow(db, ctx.workspaceId, webhookId);
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'webhook.delete', targetType: 'webhook', targetId: webhookId, before });
  });
}
