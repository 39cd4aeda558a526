// In-app notifications from the inbox (assigned to you, a rule asked, an SLA is about to slip),
// only to people still active in the workspace, each (user, dedup key) once.
import { filterActiveMembers, insertNotifications, type NotificationRow } from '../../../db/queries/notifications.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { newId } from '../../shared/ids.ts';

export type InboxNotice = { userId: string; kind: string; title: string; body?: string; subject: Record<string, string>; dedupKey: string };

export async function notifyMembers(ctx: WorkspaceCtx, notices: InboxNotice[]): Promise<NotificationRow[]> {
  if (notices.length === 0) return [];
  const active = new Set(await filterActiveMembers(ctx.db, ctx.workspaceId, [...new Set(notices.map((n) => n.userId))]));
  const now = ctx.clock.now();
  return insertNotifications(
    ctx.db,
    notices.filter((n) => active.has(n.userId)).map((n) => ({ id: newId(), workspaceId: ctx.workspaceId, userId: n.userId, kind: n.kind, title: n.title, body: n.body ?? '', subject: n.subject, dedupKey: n.dedupKey, createdAt: now })),
  );
}

export const excerpt = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
