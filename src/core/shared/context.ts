// What every use-case receives first: who acts, in which workspace, with which database handle
// and clock. Workspace scoping reads ctx.workspace, never a value from the request body.
import type { Role } from '../roles.ts';
import type { Tx } from '../../db/client.ts';

export type Actor =
  | { type: 'user'; id: string; label: string }
  | { type: 'token'; id: string; label: string }
  | { type: 'system'; id: null; label: string };

export type Clock = { now(): Date };
export const systemClock: Clock = { now: () => new Date() };

export type Ctx = {
  db: Tx;
  clock: Clock;
  actor: Actor;
  requestId?: string;
};

/** A context inside one workspace, with the role the actor holds there. */
export type WorkspaceCtx = Ctx & { workspaceId: string; role: Role };

export const systemActor = (label = 'system'): Actor => ({ type: 'system', id: null, label });
