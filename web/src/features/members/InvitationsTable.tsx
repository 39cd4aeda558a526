// Invitations not yet accepted, with a way to withdraw them.
import { Badge, Table, Text } from '@mantine/core';
import type { Invitation } from '../../api/types.ts';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { roleLabels } from '../workspaces/permissions.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { useRevokeInvitation } from './useMembers.ts';
import { notifyFailure } from '../../ui/notifyFailure.ts';

export function InvitationsTable({ invitations }: { invitations: Invitation[] }) {
  const { workspace, can } = useCurrentWorkspace();
  const revoke = useRevokeInvitation(workspace.id);
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Email</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th>
              <span className="visually-hidden">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((inv) => (
            <Table.Tr key={inv.id}>
              <Table.Td>
                <Text size="sm">{inv.email}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color="gray">
                  {roleLabels[inv.role]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(inv.expiresAt)}</Text>
              </Table.Td>
              <Table.Td ta="right">
                {can('members.invite') ? (
                  <ConfirmButton
                    aria-label={`Revoke invitation for ${inv.email}`}
                    title="Revoke this invitation?"
                    message={`The link sent to ${inv.email} stops working.`}
                    confirmLabel="Revoke invitation"
                    onConfirm={() => revoke.mutateAsync({ id: inv.id, email: inv.email }).catch(notifyFailure('Could not revoke the invitation'))}
                  >
                    Revoke
                  </ConfirmButton>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
