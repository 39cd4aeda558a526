// The directory's rows: who, where they are, how they are tagged and when they last did anything.
import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PersonListItem } from '../../api/people-types.ts';
import { formatDateTime } from '../../ui/format.ts';
import { IdentityIcons } from './IdentityIcons.tsx';
import { PersonAvatar } from './PersonAvatar.tsx';
import { TagList } from './TagList.tsx';

export function PeopleTable({ people, workspaceId }: { people: PersonListItem[]; workspaceId: string }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="People">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Person</Table.Th>
            <Table.Th>Identities</Table.Th>
            <Table.Th>Tags</Table.Th>
            <Table.Th>Last activity</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <PersonAvatar person={p} size={36} />
                  <Stack gap={0} miw={0}>
                    <Group gap={6} wrap="nowrap">
                      <Anchor component={Link} to={`/w/${workspaceId}/people/${p.id}`} size="sm" fw={500} truncate>
                        {p.displayName}
                      </Anchor>
                      {p.isStaff ? (
                        <Badge size="xs" variant="outline" color="gray">
                          Staff
                        </Badge>
                      ) : null}
                    </Group>
                    {p.email ? (
                      <Text size="xs" c="dimmed" truncate>
                        {p.email}
                      </Text>
                    ) : null}
                  </Stack>
                </Group>
              </Table.Td>
              <Table.Td>
                <IdentityIcons identities={p.identities ?? []} />
              </Table.Td>
              <Table.Td>
                <TagList tags={p.tags} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={p.lastActivityAt ? undefined : 'dimmed'}>
                  {p.lastActivityAt ? formatDateTime(p.lastActivityAt) : 'None yet'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
