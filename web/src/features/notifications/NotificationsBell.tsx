// The bell in the header: how many notifications are unread, the latest ones in a popover, and
// marking them read. Opening one about a post goes to it.
import { ActionIcon, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { can } from '../workspaces/permissions.ts';
import { useActiveWorkspace } from '../workspaces/useActiveWorkspace.ts';
import { NotificationItem } from './NotificationItem.tsx';
import { useMarkRead, useNotificationList, useUnreadCount, type Notification } from './useNotifications.ts';

function Bell({ workspaceId, reviewer }: { workspaceId: string; reviewer: boolean }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const unread = useUnreadCount(workspaceId).data ?? 0;
  const list = useNotificationList(workspaceId, opened);
  const markRead = useMarkRead(workspaceId);
  const navigate = useNavigate();
  const open = (item: Notification) => {
    if (!item.readAt) markRead.mutate(item.id);
    close();
    const postId = item.subject.postId;
    if (postId) navigate(`/w/${workspaceId}/${reviewer ? 'reviews' : 'posts'}/${postId}`);
  };
  const label = unread > 0 ? `Notifications, ${unread} unread` : 'Notifications';
  return (
    <Popover opened={opened} onChange={(o) => (o ? undefined : close())} position="bottom-end" width={360} shadow="md" withinPortal>
      <Popover.Target>
        <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} color="red" offset={4}>
          <ActionIcon variant="default" size="lg" onClick={toggle} aria-label={label} aria-expanded={opened}>
            <IconBell size={18} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p="xs" aria-label="Notifications" role="dialog">
        <Group justify="space-between" px="xs" pb={4}>
          <Text fw={600} size="sm">
            Notifications
          </Text>
          <Button variant="subtle" size="compact-xs" disabled={unread === 0} loading={markRead.isPending} onClick={() => markRead.mutate('all')}>
            Mark all read
          </Button>
        </Group>
        <Divider />
        <ScrollArea.Autosize mah={420}>
          <Stack gap={2} py={4}>
            {list.data?.length === 0 ? (
              <Text size="sm" c="dimmed" p="xs">
                Nothing yet.
              </Text>
            ) : null}
            {(list.data ?? []).map((n) => (
              <NotificationItem key={n.id} item={n} onOpen={open} />
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}

export function NotificationsBell() {
  const workspace = useActiveWorkspace();
  if (!workspace) return null;
  // Approvers open posts on the review page; the composer is not theirs.
  return <Bell key={workspace.id} workspaceId={workspace.id} reviewer={!can(workspace.role, 'posts.write')} />;
}
