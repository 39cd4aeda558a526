// One pair of the review queue: the two people side by side, why they may be one person and how
// sure the rules are, with Merge and Dismiss.
import { Anchor, Badge, Button, Card, Group, List, Progress, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowsLeftRight } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { MergeSuggestion, PersonSummary } from '../../api/people-types.ts';
import { IdentityIcons } from './IdentityIcons.tsx';
import { percent, ruleLabel } from './merge-reasons.ts';
import { PersonAvatar } from './PersonAvatar.tsx';

function Side({ person, workspaceId, kept, onKeep, choosable }: { person: PersonSummary; workspaceId: string; kept: boolean; onKeep: () => void; choosable: boolean }) {
  return (
    <Card withBorder padding="md" radius="md" style={kept ? { borderColor: 'var(--mantine-primary-color-filled)' } : undefined}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <PersonAvatar person={person} size={48} />
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={`/w/${workspaceId}/people/${person.id}`} fw={500} size="sm" truncate>
            {person.displayName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {person.email ?? 'No e-mail'}
          </Text>
          <IdentityIcons identities={person.identities} size={22} />
          {person.identities.map((i) => (i.handle ? <Text key={`${i.network}-${i.handle}`} size="xs">{i.handle}</Text> : null))}
          {choosable ? <Radio size="xs" mt={4} label="Keep this record" checked={kept} onChange={onKeep} aria-label={`Keep ${person.displayName}`} /> : null}
        </Stack>
      </Group>
    </Card>
  );
}

type Props = { suggestion: MergeSuggestion; workspaceId: string; busy: 'merge' | 'dismiss' | null; onDecide: (decision: 'merge' | 'dismiss', keepPersonId?: string) => void; canMerge: boolean };

// The record kept by default is the older one, as the server does when it is not told.
const older = (a: PersonSummary, b: PersonSummary) => (a.createdAt && b.createdAt && b.createdAt < a.createdAt ? b.id : a.id);

export function MergeSuggestionCard({ suggestion: s, workspaceId, busy, onDecide, canMerge }: Props) {
  const [keep, setKeep] = useState(() => older(s.person, s.otherPerson));
  const title = `${s.person.displayName} and ${s.otherPerson.displayName}`;
  const color = s.confidence >= 0.8 ? 'teal' : s.confidence >= 0.5 ? 'yellow' : 'gray';
  return (
    <Card withBorder padding="lg" component="article" aria-label={`Suggestion: ${title}`}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" style={{ position: 'relative' }}>
          <Side person={s.person} workspaceId={workspaceId} kept={keep === s.person.id} onKeep={() => setKeep(s.person.id)} choosable={canMerge} />
          <Side person={s.otherPerson} workspaceId={workspaceId} kept={keep === s.otherPerson.id} onKeep={() => setKeep(s.otherPerson.id)} choosable={canMerge} />
        </SimpleGrid>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
          <Stack gap={6} style={{ flex: '1 1 320px' }}>
            <Group gap="xs">
              <IconArrowsLeftRight size={16} aria-hidden />
              <Text size="sm" fw={500}>
                Why they may be one person
              </Text>
              <Badge color={color} variant="light" aria-label={`Confidence ${percent(s.confidence)}`}>
                {percent(s.confidence)}
              </Badge>
            </Group>
            <Progress value={s.confidence * 100} color={color} size="sm" aria-hidden />
            <List size="sm" spacing={2} aria-label="Reasons">
              {s.reasons.map((r, i) => (
                <List.Item key={`${r.rule}-${i}`}>
                  <Text span size="sm" fw={500}>
                    {ruleLabel(r.rule)} {percent(r.confidence)}
                  </Text>
                  {r.detail ? (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      ({r.detail})
                    </Text>
                  ) : null}
                </List.Item>
              ))}
            </List>
          </Stack>
          {canMerge ? (
            <Group gap="xs">
              <Button variant="default" onClick={() => onDecide('dismiss')} loading={busy === 'dismiss'} disabled={busy !== null} aria-label="Dismiss">
                Dismiss
              </Button>
              <Button onClick={() => onDecide('merge', keep)} loading={busy === 'merge'} disabled={busy !== null} aria-label="Merge">
                Merge
              </Button>
            </Group>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}
