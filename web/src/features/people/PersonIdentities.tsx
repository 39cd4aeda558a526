// The person's accounts on every network: handle, whether the network verified it, and a link.
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink, IconRosetteDiscountCheck } from '@tabler/icons-react';
import type { Identity } from '../../api/people-types.ts';
import { NetworkIcon } from '../channels/NetworkIcon.tsx';
import { networkLabel, profileLink } from './networks.ts';

export function PersonIdentities({ identities }: { identities: Identity[] }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="identities-title">
      <Title order={2} size="h4" id="identities-title" mb="sm">
        Identities
      </Title>
      {identities.length === 0 ? (
        <Text size="sm" c="dimmed">
          No accounts on any network yet.
        </Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {identities.map((i) => {
            const link = profileLink(i);
            return (
              <Group key={i.id} component="li" gap="sm" wrap="nowrap">
                <NetworkIcon network={i.network} size={32} />
                <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={500} truncate>
                      {i.handle ?? i.displayName ?? i.externalId}
                    </Text>
                    {i.verified ? (
                      <Badge size="xs" color="teal" variant="light" leftSection={<IconRosetteDiscountCheck size={12} />}>
                        Verified
                      </Badge>
                    ) : null}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {networkLabel(i.network)}
                  </Text>
                </Stack>
                {link ? (
                  <Anchor href={link} target="_blank" rel="noreferrer" size="xs" aria-label={`Open ${i.handle ?? 'profile'} on ${networkLabel(i.network)}`}>
                    <IconExternalLink size={16} />
                  </Anchor>
                ) : null}
              </Group>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}
