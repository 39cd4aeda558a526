// Menu of the person's workspaces, with the current one's name and role, and a way to create one.
import { Avatar, Button, Menu, Text, UnstyledButton, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCheck, IconPlus, IconSelector } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { initialsOf } from '../../ui/initials.ts';
import { useSignedInSession } from '../auth/useSession.ts';
import { CreateWorkspaceModal } from './CreateWorkspaceModal.tsx';
import { roleLabels } from './permissions.ts';
import { useActiveWorkspace } from './useActiveWorkspace.ts';

export function WorkspaceSwitcher() {
  const { workspaces } = useSignedInSession();
  const active = useActiveWorkspace();
  const navigate = useNavigate();
  const [creating, { open, close }] = useDisclosure(false);

  return (
    <>
      <Menu position="bottom-start" width={280} shadow="md" withinPortal>
        <Menu.Target>
          {active ? (
            <UnstyledButton aria-label={`Workspace: ${active.name}. Switch workspace`} px="xs" py={4} style={{ borderRadius: 'var(--mantine-radius-md)', minWidth: 0 }}>
              <Group gap="xs" wrap="nowrap">
                <Avatar size="sm" radius="sm" color="indigo" variant="light">
                  {initialsOf(active.name)}
                </Avatar>
                <Stack gap={0} miw={0} visibleFrom="xs">
                  <Text size="sm" fw={600} truncate="end" maw={200}>
                    {active.name}
                  </Text>
                  <Text size="xs" c="dimmed" truncate="end">
                    {roleLabels[active.role]}
                  </Text>
                </Stack>
                <IconSelector size={16} aria-hidden />
              </Group>
            </UnstyledButton>
          ) : (
            <Button variant="default" size="xs">
              Workspaces
            </Button>
          )}
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Your workspaces</Menu.Label>
          {workspaces.map((w) => (
            <Menu.Item
              key={w.id}
              onClick={() => navigate(`/w/${w.id}`)}
              leftSection={<Avatar size="sm" radius="sm" variant="light">{initialsOf(w.name)}</Avatar>}
              rightSection={w.id === active?.id ? <IconCheck size={16} aria-label="current" /> : null}
            >
              <Text size="sm" truncate="end">
                {w.name}
              </Text>
              <Text size="xs" c="dimmed">
                {roleLabels[w.role]}
              </Text>
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconPlus size={16} />} onClick={open}>
            Create workspace
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <CreateWorkspaceModal opened={creating} onClose={close} />
    </>
  );
}
