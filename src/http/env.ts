// The variables every request carries through the middleware chain.
import type { Role } from '../db/schema/index.ts';
import type { Ctx, WorkspaceCtx } from '../core/shared/context.ts';
import type { Runtime } from '../runtime.ts';

export type Auth =
  | { kind: 'session'; sessionId: string; csrfToken: string; user: { id: string; email: string; name: string } }
  | { kind: 'token'; token: { id: string; workspaceId: string; role: Role; name: string } };

export type AppEnv = {
  Variables: {
    runtime: Runtime;
    requestId: string;
    auth: Auth | undefined;
    /** A context outside any workspace (setup, login, the user's own account). */
    baseCtx: Ctx;
    /** Set by the workspace guard on /api/v1/workspaces/{workspaceId}/... routes. */
    ctx: WorkspaceCtx;
  };
};
