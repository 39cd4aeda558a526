// The workspace's API tokens: prefix (to recognise one in a config file), role, use and expiry.
import { Badge, Code, Table, Text } from '@mantine/core';
import type { ApiToken } from '../../api/types.ts';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { formatDate, formatDateTime } from '../../ui/format.ts';
import { roleLabels } from '../workspaces/permissions.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';

import { notifyFailure } from '../../ui/notifyFailure.ts';
import { useRevokeToken } from './useTokens.ts';

function status(token: ApiToken): { label: string; color: string } {
  if (token.revokedAt) return { label: 'Revoked', color: 'gray' };
  if (token.expiresAt && new Date(token.expiresAt) < new Date()) return { label: 'Expired', color: 'orange' };
  return { label: 'Active', color: 'green' };
}

export function TokensTable({ tokens }: { tokens: ApiToken[] }) {
  const { workspace, can } = useCurrentWorkspace();
  const revoke = useRevokeToken(workspace.id);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Token</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Last used</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>
              <span className="visually-hidden">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((t) => {
            const s = status(t);
            return (
              <Table.Tr key={t.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {t.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    Created {formatDate(t.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Code>{t.prefix}…</Code>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{roleLabels[t.role]}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Never'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t.expiresAt ? formatDate(t.expiresAt) : 'Never'}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={s.color}>
                    {s.label}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">
                  {can('tokens.manage') && !t.revokedAt ? (
                    <ConfirmButton
                      aria-label={`Revoke token ${t.name}`}
                      title={`Revoke “${t.name}”?`}
                      message="Anything using this token stops working at once. This cannot be undone."
                      confirmLabel="Revoke token"
                      onConfirm={() => revoke.mutateAsync(t.id).catch(notifyFailure('Could not revoke the token'))}
                    >
                      Revoke
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
