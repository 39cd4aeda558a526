// One notification in the bell's list: unread ones in bold, opening the post they are about.
import { Stack, Text, UnstyledButton } from '@mantine/core';
import { formatAgo } from '../channels/format-time.ts';
import type { Notification } from './useNotifications.ts';

export function NotificationItem({ item, onOpen }: { item: Notification; onOpen: (item: Notification) => void }) {
  const unread = item.readAt === null;
  return (
    <UnstyledButton onClick={() => onOpen(item)} p="xs" style={{ borderRadius: 'var(--mantine-radius-sm)' }} aria-label={`${unread ? 'Unread: ' : ''}${item.title}`}>
      <Stack gap={2}>
        <Text size="sm" fw={unread ? 600 : 400}>
          {item.title}
        </Text>
        {item.body ? (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {item.body}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {formatAgo(item.createdAt)}
        </Text>
      </Stack>
    </UnstyledButton>
  );
}
