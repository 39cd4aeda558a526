// The top of a profile: picture, name, e-mail, tags (edited in place) and the staff flag.
import { ActionIcon, Badge, Card, Group, Stack, Switch, TagsInput, Text, Title, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { Person } from '../../api/people-types.ts';
import { notifyFailure } from '../../ui/notifyFailure.ts';
import { EditPersonModal } from './EditPersonModal.tsx';
import { PersonAvatar } from './PersonAvatar.tsx';
import { useUpdatePerson } from './usePerson.ts';

export function PersonHeader({ workspaceId, person, editable }: { workspaceId: string; person: Person; editable: boolean }) {
  const update = useUpdatePerson(workspaceId, person.id);
  const [editing, { open, close }] = useDisclosure(false);
  const [tags, setTags] = useState(person.tags);
  useEffect(() => setTags(person.tags), [person.tags]);
  const saveTags = (next: string[]) => {
    setTags(next);
    update.mutate({ tags: next }, { onError: (e) => { setTags(person.tags); notifyFailure('The tags were not saved')(e); } });
  };
  return (
    <Card withBorder padding="lg" component="header" aria-label="Person">
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <PersonAvatar person={person} size={72} />
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
              {person.displayName}
            </Title>
            {person.isStaff ? <Badge variant="outline" color="gray">Staff</Badge> : null}
            {editable ? (
              <Tooltip label="Edit name and e-mail">
                <ActionIcon variant="subtle" aria-label="Edit name and e-mail" onClick={open}>
                  <IconPencil size={18} />
                </ActionIcon>
              </Tooltip>
            ) : null}
          </Group>
          <Text size="sm" c={person.email ? undefined : 'dimmed'}>
            {person.email ?? 'No e-mail known'}
          </Text>
          <TagsInput
            label="Tags"
            placeholder={editable ? 'Add a tag and press Enter' : undefined}
            value={tags}
            onChange={saveTags}
            readOnly={!editable}
            clearable={editable}
            maxTags={100}
            splitChars={[',']}
            maw={520}
          />
          <Switch
            label="Staff"
            description="Staff are your own team: left out of community reports and engagement levels."
            checked={person.isStaff}
            disabled={!editable || update.isPending}
            onChange={(e) => update.mutate({ isStaff: e.currentTarget.checked }, { onError: notifyFailure('The staff flag was not saved') })}
          />
        </Stack>
      </Group>
      {editing ? <EditPersonModal workspaceId={workspaceId} person={person} opened={editing} onClose={close} /> : null}
    </Card>
  );
}
