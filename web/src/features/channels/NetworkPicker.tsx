// The first step of connecting: every network Tandem can connect, with what it can do.
import { Card, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { FormError } from '../../ui/FormError.tsx';
import { CapabilityBadges } from './CapabilityBadges.tsx';
import { NetworkIcon } from './NetworkIcon.tsx';
import type { ConnectorInfo } from './types.ts';
import { useConnectors } from './useChannels.ts';

export function NetworkPicker({ onPick }: { onPick: (connector: ConnectorInfo) => void }) {
  const connectors = useConnectors();
  if (connectors.error) return <FormError error={connectors.error} title="Networks could not be loaded" />;
  if (!connectors.data) return <Skeleton h={160} />;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
      {connectors.data.map((c, i) => (
        <Card
          key={c.id}
          withBorder
          padding="sm"
          radius="md"
          ta="left"
          component="button"
          type="button"
          onClick={() => onPick(c)}
          data-autofocus={i === 0 || undefined}
          aria-label={`Connect ${c.displayName}`}
        >
          <Stack gap={8} align="flex-start">
            <NetworkIcon network={c.id} />
            <Text fw={600} size="sm">
              {c.displayName}
            </Text>
            <CapabilityBadges capabilities={c.capabilities} />
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
