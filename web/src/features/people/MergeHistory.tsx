// The person's merge journal: who was folded in, when and by whom, with "Unmerge" to split them again.
import { Badge, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { formatDateTime } from '../../ui/format.ts';
import type { PersonMerge } from '../../api/people-types.ts';
import { usePersonMerges, useUndoMerge } from './useMerges.ts';

const movedSummary = (moved: NonNullable<PersonMerge['moved']>) =>
  (
    [
      [moved.identities, 'identity', 'identities'],
      [moved.activities, 'activity', 'activities'],
      [moved.conversations, 'conversation', 'conversations'],
      [moved.notes, 'note', 'notes'],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`)
    .join(', ') || 'Nothing moved';

export function MergeHistory({ workspaceId, personId, editable }: { workspaceId: string; personId: string; editable: boolean }) {
  const merges = usePersonMerges(workspaceId, personId);
  const undo = useUndoMerge(workspaceId);
  const items = merges.data;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="merge-history-title">
      <Title order={2} size="h4" id="merge-history-title" mb="sm">
        Merge history
      </Title>
      <FormError error={merges.error} title="The merge history could not be loaded" />
      {!items ? (
        <Skeleton h={60} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Never merged with anyone.
        </Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((m) => {
            const name = m.mergedPerson?.displayName ?? 'Another person';
            const keptHere = m.keptPersonId === personId;
            return (
              <Group key={m.id} component="li" justify="space-between" wrap="nowrap" gap="sm">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm">
                    {keptHere ? `${name} merged in` : `Merged into ${m.keptPerson?.displayName ?? 'another person'}`}
                    {m.suggestionId ? ' from a suggestion' : ''}
                  </Text>
                  {m.moved ? <Text size="xs" c="dimmed">{movedSummary(m.moved)}</Text> : null}
                  <Text size="xs" c="dimmed">
                    {formatDateTime(m.mergedAt)}
                    {m.mergedByName ? ` by ${m.mergedByName}` : ''}
                    {m.unmergedAt ? ` · unmerged ${formatDateTime(m.unmergedAt)}` : ''}
                  </Text>
                </Stack>
                {m.unmergedAt ? (
                  <Badge variant="light" color="gray">
                    Unmerged
                  </Badge>
                ) : editable ? (
                  <ConfirmButton
                    aria-label={`Unmerge ${name}`}
                    title={`Unmerge ${name}?`}
                    message={`${name} becomes a separate person again, with the identities, activities, conversations and notes that came with them.`}
                    confirmLabel="Unmerge"
                    onConfirm={() => undo.mutateAsync(m.id).then(() => notifications.show({ color: 'green', message: `${name} unmerged` }))}
                  >
                    Unmerge
                  </ConfirmButton>
                ) : null}
              </Group>
            );
          })}
        </Stack>
      )}
      <FormError error={undo.error} title="The merge was not undone" />
    </Card>
  );
}
