// What an event shows: the network's icon, the time, the channel and the start of the text. On
// the coloured blocks of the month and week views the text is white; the list view is plain rows.
import type { EventContentArg } from '@fullcalendar/core';
import { Group, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { NetworkIcon } from '../channels/NetworkIcon.tsx';
import { PostStateBadge } from '../publishing/PostStateBadge.tsx';
import type { TargetEventProps } from './calendar-events.ts';

export function EventContent({ event, timeText, view }: EventContentArg) {
  const props = event.extendedProps as TargetEventProps | { kind: 'slot' };
  if (props.kind !== 'target') return null;
  const list = view.type.startsWith('list');
  const color = list ? undefined : 'white';
  return (
    <Group gap={4} wrap="nowrap" miw={0} px={2} style={{ overflow: 'hidden' }}>
      <NetworkIcon network={props.target.network} size={16} />
      {list ? null : (
        <Text size="xs" fw={600} c={color} style={{ whiteSpace: 'nowrap' }}>
          {timeText}
        </Text>
      )}
      <Text size="xs" c={color} truncate>
        {props.target.channelName}: {event.title}
      </Text>
      {list ? <PostStateBadge state={props.target.state} size="xs" /> : null}
      {props.target.url ? <IconExternalLink size={12} color={color} aria-hidden /> : null}
    </Group>
  );
}
