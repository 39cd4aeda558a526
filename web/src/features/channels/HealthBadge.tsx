// A channel's health at a glance: green when it works, orange while the network asks us to wait,
// red when someone has to act (reconnect) or look (failing, with the network's reason below).
import { Badge, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClockPause, IconPlugConnectedX } from '@tabler/icons-react';
import type { Channel } from './types.ts';
import { formatClock } from './format-time.ts';

type HealthOf = Pick<Channel, 'health' | 'healthReason' | 'rateLimitedUntil'>;

const shortLabel = (channel: HealthOf): string =>
  ({
    ok: 'Healthy',
    rate_limited: channel.rateLimitedUntil ? `Rate limited until ${formatClock(channel.rateLimitedUntil)}` : 'Rate limited',
    needs_reconnect: 'Needs reconnect',
    failing: 'Failing',
  })[channel.health];

/** The whole state in words, for notifications. */
export const healthLabel = (channel: HealthOf): string => (channel.health === 'failing' && channel.healthReason ? `Failing: ${channel.healthReason}` : shortLabel(channel));

const looks = {
  ok: { color: 'green', icon: IconCircleCheck },
  rate_limited: { color: 'orange', icon: IconClockPause },
  needs_reconnect: { color: 'red', icon: IconPlugConnectedX },
  failing: { color: 'red', icon: IconAlertTriangle },
} as const;

export function HealthBadge({ channel }: { channel: HealthOf }) {
  const { color, icon: Glyph } = looks[channel.health];
  const reason = channel.health === 'failing' ? channel.healthReason : null;
  return (
    <Stack gap={4} align="flex-start">
      <Badge variant="light" color={color} tt="none" size="lg" leftSection={<Glyph size={14} aria-hidden />} styles={{ label: { overflow: 'visible' } }}>
        {shortLabel(channel)}
      </Badge>
      {reason ? (
        <Text size="xs" c="red" maw={300}>
          {reason}
        </Text>
      ) : null}
    </Stack>
  );
}
