// The people in a workspace. Role changes and removal appear only for those allowed to make them,
// and never on your own row (ask another owner: a workspace keeps at least one).
import { Avatar, Badge, Group, Table, Text } from '@mantine/core';
import type { Member } from '../../api/types.ts';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { formatDate } from '../../ui/format.ts';
import { useSignedInSession } from '../auth/useSession.ts';
import { hatLabels, roleLabels } from '../workspaces/permissions.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { RoleSelect } from './RoleSelect.tsx';
import { useChangeRole, useRemoveMember } from './useMembers.ts';
import { notifyFailure } from '../../ui/notifyFailure.ts';

export function MembersTable({ members }: { members: Member[] }) {
  const { workspace, can } = useCurrentWorkspace();
  const { user } = useSignedInSession();
  const changeRole = useChangeRole(workspace.id);
  const remove = useRemoveMember(workspace.id);

  return (
    <Table.ScrollContainer minWidth={680}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Member</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Hat</Table.Th>
            <Table.Th>Joined</Table.Th>
            <Table.Th>
              <span className="visually-hidden">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => {
            const isMe = m.userId === user.id;
            return (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <Group gap="sm" wrap="nowrap">
                    <Avatar name={m.name} color="initials" radius="xl" size="md" />
                    <div>
                      <Text size="sm" fw={500}>
                        {m.name} {isMe ? <Badge size="xs" variant="outline" ml={4}>You</Badge> : null}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {m.email}
                      </Text>
                    </div>
                  </Group>
                </Table.Td>
                <Table.Td>
                  {can('members.update') && !isMe ? (
                    <RoleSelect
                      aria-label={`Role of ${m.name}`}
                      size="xs"
                      w={210}
                      myRole={workspace.role}
                      value={m.role}
                      disabled={changeRole.isPending}
                      onChange={(role) => changeRole.mutate({ memberId: m.id, name: m.name, role }, { onError: notifyFailure('Could not change the role') })}
                    />
                  ) : (
                    <Text size="sm">{roleLabels[m.role]}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={m.hat === 'social' ? 'blue' : m.hat === 'community' ? 'grape' : 'teal'}>
                    {hatLabels[m.hat]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(m.joinedAt)}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  {can('members.remove') && !isMe ? (
                    <ConfirmButton
                      aria-label={`Remove ${m.name}`}
                      title={`Remove ${m.name}?`}
                      message={`${m.name} loses access to ${workspace.name} at once. Their past work stays.`}
                      confirmLabel="Remove member"
                      onConfirm={() => remove.mutateAsync({ id: m.id, name: m.name }).catch(notifyFailure('Could not remove the member'))}
                    >
                      Remove
                    </ConfirmButton>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
