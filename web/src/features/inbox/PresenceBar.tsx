// Who else has this conversation open, above the reply box: "Alice is viewing", "Bob is
// replying" (those typing first, since two answers to one person is what this prevents).
import { Avatar, Group, Text, Tooltip } from '@mantine/core';
import type { PresenceOther } from '../../api/inbox-types.ts';
import { initialsOf } from '../../ui/initials.ts';

export function PresenceBar({ others }: { others: PresenceOther[] }) {
  if (others.length === 0) return null;
  const sorted = [...others].sort((a, b) => (a.state === b.state ? a.name.localeCompare(b.name) : a.state === 'replying' ? -1 : 1));
  const replying = sorted.filter((o) => o.state === 'replying');
  const sentence = sorted.map((o) => `${o.name} is ${o.state}`).join(', ');
  return (
    <Group gap="xs" px="sm" py={4} className={replying.length > 0 ? 'inbox-presence inbox-presence-replying' : 'inbox-presence'} role="status" aria-label="Teammates here" aria-live="polite">
      <Avatar.Group spacing="xs">
        {sorted.slice(0, 4).map((o) => (
          <Tooltip key={o.userId} label={`${o.name} is ${o.state}`} withArrow>
            <Avatar size={24} radius="xl" color={o.state === 'replying' ? 'orange' : 'blue'} alt={o.name}>
              {initialsOf(o.name)}
            </Avatar>
          </Tooltip>
        ))}
      </Avatar.Group>
      <Text size="xs" c={replying.length > 0 ? 'orange.8' : 'dimmed'} fw={replying.length > 0 ? 600 : undefined}>
        {sentence}
      </Text>
    </Group>
  );
}
