// One audit entry; its before/after opens below it, toggled by a real button.
import { ActionIcon, Box, Code, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight, IconKey, IconRobot, IconUser } from '@tabler/icons-react';
import type { AuditEntry } from '../../api/types.ts';
import { formatDateTime } from '../../ui/format.ts';
import { actionLabel } from './audit-actions.ts';
import { AuditDiff } from './AuditDiff.tsx';

const actorIcons = { user: IconUser, token: IconKey, system: IconRobot };

export function AuditRow({ entry }: { entry: AuditEntry }) {
  const [open, { toggle }] = useDisclosure(false);
  const ActorIcon = actorIcons[entry.actorType];
  const detailsId = `audit-details-${entry.id}`;
  return (
    <>
      <Table.Tr>
        <Table.Td w={44}>
          <ActionIcon variant="subtle" color="gray" onClick={toggle} aria-expanded={open} aria-controls={detailsId} aria-label={`${open ? 'Hide' : 'Show'} details of ${actionLabel(entry.action)}`}>
            {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
          </ActionIcon>
        </Table.Td>
        <Table.Td>
          <Tooltip label={entry.createdAt}>
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {formatDateTime(entry.createdAt)}
            </Text>
          </Tooltip>
        </Table.Td>
        <Table.Td>
          <Group gap={6} wrap="nowrap">
            <ActorIcon size={16} aria-label={entry.actorType} />
            <Text size="sm" truncate="end" maw={260}>
              {entry.actorLabel}
            </Text>
          </Group>
        </Table.Td>
        <Table.Td>
          <Stack gap={2}>
            <Text size="sm">{actionLabel(entry.action)}</Text>
            <Code fz="xs" w="fit-content">
              {entry.action}
            </Code>
          </Stack>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{entry.targetType}</Text>
          {entry.targetId ? (
            <Text size="xs" c="dimmed" ff="monospace" title={entry.targetId}>
              {entry.targetId.slice(0, 8)}
            </Text>
          ) : null}
        </Table.Td>
      </Table.Tr>
      {open ? (
        <Table.Tr id={detailsId}>
          <Table.Td />
          <Table.Td colSpan={4}>
            <Box py="xs">
              <AuditDiff before={entry.before} after={entry.after} />
              {entry.requestId ? (
                <Text size="xs" c="dimmed" mt={6}>
                  Request {entry.requestId}
                </Text>
              ) : null}
            </Box>
          </Table.Td>
        </Table.Tr>
      ) : null}
    </>
  );
}
