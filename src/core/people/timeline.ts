// Everything a person did, on every channel, newest first, page by page. A merged person's id
// shows the timeline of the person they were merged into (their activities moved there).
import { listTimelinePage } from '../../db/queries/timeline.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import { pageWindow, toPage } from '../shared/cursor.ts';
import { resolvePerson } from './resolve-person.ts';

export async function getTimeline(ctx: WorkspaceCtx, personId: string, f: { cursor?: string; limit: number }) {
  const { person, redirectedFrom } = await resolvePerson(ctx, personId);
  const rows = await listTimelinePage(ctx.db, ctx.workspaceId, person.id, pageWindow(f.cursor, f.limit));
  return { ...toPage(rows, f.limit, (r) => r.occurredAt), personId: person.id, redirectedFrom };
}
