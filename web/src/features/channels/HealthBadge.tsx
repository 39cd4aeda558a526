// A channel's health at a glance: green when it works, orange while the network asks us to wait,
// red when someone has to act (reconnect) or look (failing, with the network's reason).
import { Badge } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClockPause, IconPlugConnectedX } from '@tabler/icons-react';
import type { Channel } from './types.ts';
import { formatClock } from './format-time.ts';

export function healthLabel(channel: Pick<Channel, 'health' | 'healthReason' | 'rateLimitedUntil'>): string {
  switch (channel.health) {
    case 'ok':
      return 'Healthy';
    case 'rate_limited':
      return channel.rateLimitedUntil ? `Rate limited until ${formatClock(channel.rateLimitedUntil)}` : 'Rate limited';
    case 'needs_reconnect':
      return 'Needs reconnect';
    case 'failing':
      return channel.healthReason ? `Failing: ${channel.healthReason}` : 'Failing';
  }
}

const looks = {
  ok: { color: 'green', icon: IconCircleCheck },
  rate_limited: { color: 'orange', icon: IconClockPause },
  needs_reconnect: { color: 'red', icon: IconPlugConnectedX },
  failing: { color: 'red', icon: IconAlertTriangle },
} as const;

export function HealthBadge({ channel }: { channel: Pick<Channel, 'health' | 'healthReason' | 'rateLimitedUntil'> }) {
  const { color, icon: Glyph } = looks[channel.health];
  return (
    <Badge
      variant="light"
      color={color}
      tt="none"
      size="lg"
      leftSection={<Glyph size={14} aria-hidden />}
      // Reasons can be long: let them wrap instead of cutting off what the network said.
      styles={{ root: { height: 'auto', minHeight: 26, paddingBlock: 3, maxWidth: 320 }, label: { whiteSpace: 'normal', overflow: 'visible' } }}
    >
      {healthLabel(channel)}
    </Badge>
  );
}
