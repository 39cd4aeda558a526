// The workspace as a CSV check sees it, read once per file (or per batch of the job).
import { hasCapability } from '../../../connectors/sdk/manifest.ts';
import { loadImportWorkspace } from '../../../db/queries/post-imports.ts';
import type { PostsCtx } from '../posts/posts-ctx.ts';
import type { ImportContext } from './check-import-row.ts';

export async function loadImportContext(ctx: PostsCtx): Promise<ImportContext> {
  const workspace = await loadImportWorkspace(ctx.db, ctx.workspaceId);
  const channels = workspace.channels.map((c) => {
    const connector = ctx.connectors.find(c.network);
    return { ...c, canPublish: connector !== undefined && hasCapability(connector, 'publish') };
  });
  return { channels, campaigns: workspace.campaigns, timeZone: workspace.timeZone, now: ctx.clock.now() };
}
