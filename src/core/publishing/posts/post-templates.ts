// Saved templates: a text, labels and the channels to post to, to start a post from.
import { findChannelsForCompose } from '../../../db/queries/posts.ts';
import { deletePostTemplate, insertPostTemplate, listPostTemplates, type PostTemplate } from '../../../db/queries/post-templates.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { normaliseLabels } from './post-input.ts';

export type TemplateInput = { name: string; text?: string; labels?: string[]; channelIds?: string[] };

export const listTemplates = (ctx: WorkspaceCtx): Promise<PostTemplate[]> => listPostTemplates(ctx.db, ctx.workspaceId);

export async function createTemplate(ctx: WorkspaceCtx, input: TemplateInput): Promise<PostTemplate> {
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const channelIds = [...new Set(input.channelIds ?? [])];
    const found = await findChannelsForCompose(db, ctx.workspaceId, channelIds);
    const missing = channelIds.filter((id) => !found.some((c) => c.id === id));
    if (missing.length > 0) throw new AppError('not_found', 'Channel not found', { channelIds: missing });
    const row = await insertPostTemplate(db, { id: newId(), workspaceId: ctx.workspaceId, name: input.name.trim(), text: input.text ?? '', labels: normaliseLabels(input.labels), channelIds, createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null, createdAt: ctx.clock.now() });
    if (!row) throw new AppError('conflict', `A template named "${input.name.trim()}" already exists`);
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'template.create', targetType: 'post_template', targetId: row.id, after: row });
    return row;
  });
}

export async function deleteTemplate(ctx: WorkspaceCtx, templateId: string): Promise<void> {
  await inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    const before = await deletePostTemplate(db, ctx.workspaceId, templateId);
    if (!before) throw notFound('Template');
    await recordAudit(tx, { workspaceId: ctx.workspaceId, action: 'template.delete', targetType: 'post_template', targetId: templateId, before });
  });
}
