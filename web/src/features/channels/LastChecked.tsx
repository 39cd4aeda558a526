// When Tandem last talked to the network for this channel, relative, with the exact time on hover/focus.
import { Text, Tooltip } from '@mantine/core';
import { formatDateTime } from '../../ui/format.ts';
import { formatAgo } from './format-time.ts';

export function LastChecked({ at }: { at: string | null }) {
  if (!at) {
    return (
      <Text size="sm" c="dimmed">
        Never
      </Text>
    );
  }
  return (
    <Tooltip label={formatDateTime(at)} withArrow>
      <Text size="sm" component="time" dateTime={at} tabIndex={0} style={{ whiteSpace: 'nowrap' }}>
        {formatAgo(at)}
      </Text>
    </Tooltip>
  );
}
