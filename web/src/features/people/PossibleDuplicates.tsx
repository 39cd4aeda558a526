// Merge suggestions that involve this person, on their profile: who else they may be, and why.
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import type { PersonProfile } from '../../api/people-types.ts';
import { FormError } from '../../ui/FormError.tsx';
import { IdentityIcons } from './IdentityIcons.tsx';
import { percent, ruleLabel } from './merge-reasons.ts';
import { useMergeSuggestion } from './useMerges.ts';

type Props = { workspaceId: string; personId: string; suggestions: NonNullable<PersonProfile['suggestions']>; canMerge: boolean };

export function PossibleDuplicates({ workspaceId, personId, suggestions, canMerge }: Props) {
  const decide = useMergeSuggestion(workspaceId);
  if (suggestions.length === 0) return null;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="duplicates-title">
      <Title order={2} size="h4" id="duplicates-title" mb="sm">
        Possible duplicates
      </Title>
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {suggestions.map((s) => {
          const name = s.otherPerson?.displayName ?? 'Someone';
          return (
            <Stack key={s.id} component="li" gap={4} aria-label={`Possible duplicate: ${name}`}>
              <Group justify="space-between" wrap="nowrap">
                <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                  {s.otherPerson ? (
                    <Anchor component={Link} to={`/w/${workspaceId}/people/${s.otherPerson.id}`} size="sm" fw={500} truncate>
                      {name}
                    </Anchor>
                  ) : (
                    <Text size="sm">{name}</Text>
                  )}
                  <Badge size="sm" variant="light">
                    {percent(s.confidence)}
                  </Badge>
                </Group>
                {canMerge ? (
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" variant="default" aria-label={`Dismiss ${name}`} loading={decide.isPending && decide.variables?.id === s.id && decide.variables.decision === 'dismiss'} onClick={() => decide.mutate({ id: s.id, decision: 'dismiss' })}>
                      Dismiss
                    </Button>
                    <Button
                      size="xs"
                      aria-label={`Merge ${name} into this person`}
                      loading={decide.isPending && decide.variables?.id === s.id && decide.variables.decision === 'merge'}
                      onClick={() => decide.mutate({ id: s.id, decision: 'merge', keepPersonId: personId }, { onSuccess: () => notifications.show({ color: 'green', message: `${name} merged in` }) })}
                    >
                      Merge
                    </Button>
                  </Group>
                ) : null}
              </Group>
              {s.otherPerson ? <IdentityIcons identities={s.otherPerson.identities} size={20} /> : null}
              <Text size="xs" c="dimmed">
                {s.reasons.map((r) => `${ruleLabel(r.rule)} ${percent(r.confidence)}${r.detail ? ` (${r.detail})` : ''}`).join(' · ')}
              </Text>
            </Stack>
          );
        })}
      </Stack>
      <FormError error={decide.error} title="The suggestion was not applied" />
    </Card>
  );
}
