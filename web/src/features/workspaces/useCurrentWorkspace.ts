// The workspace of the page being shown, for components under WorkspaceScope, with a shortcut
// to ask what the person's role may do there.
import { createContext, useContext } from 'react';
import type { MyWorkspace } from '../../api/types.ts';
import { can, type Action } from './permissions.ts';

export const CurrentWorkspaceContext = createContext<MyWorkspace | null>(null);

export function useCurrentWorkspace() {
  const workspace = useContext(CurrentWorkspaceContext);
  if (!workspace) throw new Error('useCurrentWorkspace used outside WorkspaceScope');
  return { workspace, can: (action: Action) => can(workspace.role, action) };
}
