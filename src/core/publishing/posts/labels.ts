// The labels in use on the workspace's posts, for the composer's suggestions and the calendar filter.
import { listLabelsInUse } from '../../../db/queries/posts.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';

export const listLabels = (ctx: WorkspaceCtx) => listLabelsInUse(ctx.db, ctx.workspaceId);
