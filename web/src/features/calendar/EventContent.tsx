// What an event shows: the network's icon, the time, the channel and the start of the text.
import type { EventContentArg } from '@fullcalendar/core';
import { Group, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { NetworkIcon } from '../channels/NetworkIcon.tsx';
import type { TargetEventProps } from './calendar-events.ts';

export function EventContent({ event, timeText }: EventContentArg) {
  const props = event.extendedProps as TargetEventProps | { kind: 'slot' };
  if (props.kind !== 'target') return null;
  return (
    <Group gap={4} wrap="nowrap" miw={0} px={2} style={{ overflow: 'hidden' }}>
      <NetworkIcon network={props.target.network} size={16} />
      <Text size="xs" fw={600} c="white" style={{ whiteSpace: 'nowrap' }}>
        {timeText}
      </Text>
      <Text size="xs" c="white" truncate>
        {props.target.channelName}: {event.title}
      </Text>
      {props.target.url ? <IconExternalLink size={12} color="white" aria-hidden /> : null}
    </Group>
  );
}
