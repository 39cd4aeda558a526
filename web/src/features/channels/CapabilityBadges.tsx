// What a network can do in Tandem (publish, inbox, moderate ...), as small badges.
import { Badge, Group } from '@mantine/core';

const labels: Record<string, string> = { dm: 'DMs' };

export function CapabilityBadges({ capabilities }: { capabilities: string[] }) {
  return (
    <Group gap={4} aria-label="Capabilities">
      {capabilities.map((c) => (
        <Badge key={c} size="xs" variant="default" tt="none" radius="sm">
          {labels[c] ?? c[0]!.toUpperCase() + c.slice(1)}
        </Badge>
      ))}
    </Group>
  );
}
