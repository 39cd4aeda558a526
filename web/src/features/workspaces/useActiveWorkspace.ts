// The workspace the shell is showing: the one in the URL, else the last one opened, else the
// first one the person belongs to. Usable anywhere under RequireSession, including the header.
import { useMatch } from 'react-router';
import type { MyWorkspace } from '../../api/types.ts';
import { useSignedInSession } from '../auth/useSession.ts';
import { lastWorkspaceId } from './last-workspace.ts';

export function useActiveWorkspace(): MyWorkspace | undefined {
  const { workspaces } = useSignedInSession();
  const fromUrl = useMatch('/w/:workspaceId/*')?.params.workspaceId;
  if (fromUrl) return workspaces.find((w) => w.id === fromUrl);
  const last = lastWorkspaceId();
  return workspaces.find((w) => w.id === last) ?? workspaces[0];
}
