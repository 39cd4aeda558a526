// The signed-in person's own notifications in a workspace: nobody else's, ever (the user id comes
// from the actor, never from the request). Read marks are the reader's own state, not a change to
// the workspace, so they are not audited.
import { countUnreadNotifications, listNotificationsPage, markAllNotificationsRead, markNotificationRead } from '../../db/queries/notifications.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { pageWindow, toPage } from '../shared/cursor.ts';
import { AppError, notFound } from '../shared/errors.ts';

function readerOf(ctx: WorkspaceCtx): string {
  if (ctx.actor.type !== 'user') throw new AppError('forbidden', 'Notifications belong to a person: sign in to read yours (an API token has none).');
  return ctx.actor.id;
}

export async function listMyNotifications(ctx: WorkspaceCtx, f: { cursor?: string; limit: number; unread?: boolean }) {
  const rows = await listNotificationsPage(ctx.db, ctx.workspaceId, readerOf(ctx), { ...pageWindow(f.cursor, f.limit), unreadOnly: f.unread });
  const page = toPage(rows, f.limit, (r) => r.createdAt);
  return { ...page, items: page.items.map(({ id, kind, title, body, subject, readAt, emailedAt, createdAt }) => ({ id, kind, title, body, subject, readAt, emailedAt, createdAt })) };
}

export const countMyUnread = (ctx: WorkspaceCtx) => countUnreadNotifications(ctx.db, ctx.workspaceId, readerOf(ctx));

export async function markMyNotificationRead(ctx: WorkspaceCtx, notificationId: string) {
  const row = await markNotificationRead(ctx.db, ctx.workspaceId, readerOf(ctx), notificationId, ctx.clock.now());
  if (!row) throw notFound('Notification');
  return { id: row.id, readAt: row.readAt! };
}

export async function markAllMineRead(ctx: WorkspaceCtx) {
  return { marked: await markAllNotificationsRead(ctx.db, ctx.workspaceId, readerOf(ctx), ctx.clock.now()) };
}
