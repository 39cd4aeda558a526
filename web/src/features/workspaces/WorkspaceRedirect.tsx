// "/" opens the last workspace used, or offers to create one when the person has none left.
import { Button, Center, EmptyState } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingPlus } from '@tabler/icons-react';
import { Navigate } from 'react-router';
import { CreateWorkspaceModal } from './CreateWorkspaceModal.tsx';
import { useActiveWorkspace } from './useActiveWorkspace.ts';

export function WorkspaceRedirect() {
  const workspace = useActiveWorkspace();
  const [creating, { open, close }] = useDisclosure(false);
  if (workspace) return <Navigate to={`/w/${workspace.id}`} replace />;
  return (
    <Center h="100dvh" p="md">
      <EmptyState
        icon={<IconBuildingPlus />}
        withIndicatorBackground
        title="You are not in any workspace"
        description="Create one for your brand, or ask a workspace owner for an invitation."
      >
        <EmptyState.Actions>
          <Button onClick={open}>Create a workspace</Button>
        </EmptyState.Actions>
      </EmptyState>
      <CreateWorkspaceModal opened={creating} onClose={close} />
    </Center>
  );
}
