// Resolves /w/:workspaceId against the person's memberships and provides it to the pages below.
import { Button, EmptyState } from '@mantine/core';
import { IconBuildingOff } from '@tabler/icons-react';
import { useEffect } from 'react';
import { Link, Outlet } from 'react-router';
import { useActiveWorkspace } from './useActiveWorkspace.ts';
import { CurrentWorkspaceContext } from './useCurrentWorkspace.ts';
import { rememberWorkspace } from './last-workspace.ts';

export function WorkspaceScope() {
  const workspace = useActiveWorkspace();
  useEffect(() => {
    if (workspace) rememberWorkspace(workspace.id);
  }, [workspace]);

  if (!workspace) {
    return (
      <EmptyState
        mt="xl"
        icon={<IconBuildingOff />}
        withIndicatorBackground
        title="Workspace not found"
        description="It may have been removed, or you are no longer a member of it."
      >
        <EmptyState.Actions>
          <Button component={Link} to="/">
            Go to my workspaces
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  return (
    <CurrentWorkspaceContext.Provider value={workspace}>
      <Outlet />
    </CurrentWorkspaceContext.Provider>
  );
}
