// My account: who I am, my workspaces (and creating another), my password.
import { Avatar, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useSignedInSession } from '../auth/useSession.ts';
import { CreateWorkspaceModal } from '../workspaces/CreateWorkspaceModal.tsx';
import { hatLabels, roleLabels } from '../workspaces/permissions.ts';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';

export function AccountPage() {
  const { user, workspaces } = useSignedInSession();
  const [creating, { open, close }] = useDisclosure(false);
  return (
    <Stack maw={900}>
      <PageHeader title="My account" />
      <Card withBorder padding="lg">
        <Group>
          <Avatar name={user.name} color="initials" size="lg" radius="xl" />
          <div>
            <Text fw={600}>{user.name}</Text>
            <Text size="sm" c="dimmed">
              {user.email}
            </Text>
          </div>
        </Group>
      </Card>

      <Group justify="space-between" mt="md">
        <Title order={2} size="h4">
          My workspaces
        </Title>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={open}>
          Create workspace
        </Button>
      </Group>
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Workspace</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Hat</Table.Th>
                <Table.Th>Time zone</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {workspaces.map((w) => (
                <Table.Tr key={w.id}>
                  <Table.Td>
                    <Text component={Link} to={`/w/${w.id}`} size="sm" fw={500} c="var(--mantine-primary-color-filled)">
                      {w.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{roleLabels[w.role]}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light">{hatLabels[w.hat]}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{w.timeZone}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>

      <Title order={2} size="h4" mt="md">
        Password
      </Title>
      <Card withBorder padding="lg">
        <ChangePasswordForm />
      </Card>
      <CreateWorkspaceModal opened={creating} onClose={close} />
    </Stack>
  );
}
