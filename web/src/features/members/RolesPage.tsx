// Settings → Roles & permissions: what each role may do and which hats it wears, read from the
// same matrix the server enforces.
import { Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconMinus } from '@tabler/icons-react';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { can, hatLabels, hatsByRole, roleDescriptions, roleLabels, roles, type Action } from '../workspaces/permissions.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';

const actionLabels: Record<Action, string> = {
  'workspace.read': 'See the workspace',
  'workspace.update': 'Change workspace settings',
  'members.read': 'See members',
  'members.invite': 'Invite members',
  'members.update': 'Change roles',
  'members.remove': 'Remove members',
  'tokens.read': 'See API tokens',
  'tokens.manage': 'Create and revoke API tokens',
  'audit.read': 'Read the audit log',
  'channels.read': 'See channels',
  'channels.manage': 'Connect and manage channels',
  'people.read': 'See people',
  'people.write': 'Edit people',
  'activities.read': 'See activity',
  'activities.write': 'Record activity',
  'webhooks.read': 'See webhooks and their delivery log',
  'webhooks.manage': 'Add, change and delete webhooks',
  'posts.read': 'See posts and the calendar',
  'posts.write': 'Write, schedule and delete posts',
  'posts.comment': 'Comment on posts internally',
  'posts.approve': 'Approve posts or ask for changes',
  'approvals.manage': 'Set the approval steps',
  'queues.manage': 'Set the queue time slots',
  'campaigns.read': 'See campaigns and their clicks',
  'campaigns.manage': 'Create and edit campaigns',
  'media.read': 'See uploaded media',
  'media.write': 'Upload media',
  'inbox.read': 'See the inbox and its conversations',
  'inbox.reply': 'Reply to people through the channels',
  'inbox.manage': 'Assign, tag, note, snooze, resolve and merge conversations',
  'inbox.configure': 'Set up inbox rules, SLA policies, saved replies and hand-off',
  'people.merge': 'Merge and unmerge people, review merge suggestions',
};
const actions = Object.keys(actionLabels) as Action[];

export function RolesPage() {
  const { workspace } = useCurrentWorkspace();
  return (
    <Stack maw={1200}>
      <PageHeader title="Roles & permissions" description={`Your role in ${workspace.name}: ${roleLabels[workspace.role]}. Roles are fixed; change a person's role on the Members page.`} />
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={900}>
          <Table striped withColumnBorders stickyHeader>
            <caption className="visually-hidden">Which role may do what</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Permission</Table.Th>
                {roles.map((role) => (
                  <Table.Th key={role} scope="col" ta="center">
                    {roleLabels[role]}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row">Hats</Table.Th>
                {roles.map((role) => (
                  <Table.Td key={role} ta="center">
                    <Group gap={4} justify="center">
                      {hatsByRole[role].map((hat) => (
                        <Badge key={hat} size="xs" variant="light">
                          {hatLabels[hat]}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                ))}
              </Table.Tr>
              {actions.map((action) => (
                <Table.Tr key={action}>
                  <Table.Th scope="row" fw={400}>
                    {actionLabels[action]}
                  </Table.Th>
                  {roles.map((role) => (
                    <Table.Td key={role} ta="center">
                      {can(role, action) ? <IconCheck size={16} color="var(--mantine-color-teal-6)" aria-label="allowed" /> : <IconMinus size={16} color="var(--mantine-color-dimmed)" aria-label="not allowed" />}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <Stack gap={4}>
        {roles.map((role) => (
          <Text key={role} size="sm">
            <b>{roleLabels[role]}</b> — {roleDescriptions[role]}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}
