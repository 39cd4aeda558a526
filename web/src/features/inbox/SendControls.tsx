// The reply box's buttons: Send (Ctrl/Cmd+Enter), Send and resolve, and Send later in the menu
// beside them. Notes have one button, Add note.
import { ActionIcon, Button, Group, Menu } from '@mantine/core';
import { IconCalendarTime, IconCheck, IconChevronDown, IconSend } from '@tabler/icons-react';

type Props = {
  mode: 'reply' | 'note';
  disabled: boolean;
  loading: boolean;
  onSend: () => void;
  onSendAndResolve: () => void;
  onSendLater: () => void;
  canResolve: boolean;
};

export function SendControls({ mode, disabled, loading, onSend, onSendAndResolve, onSendLater, canResolve }: Props) {
  if (mode === 'note') {
    return (
      <Button size="xs" color="yellow" c="dark" onClick={onSend} disabled={disabled} loading={loading} aria-label="Add note">
        Add note
      </Button>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      {canResolve ? (
        <Button size="xs" variant="default" leftSection={<IconCheck size={14} />} onClick={onSendAndResolve} disabled={disabled || loading} aria-label="Send and resolve">
          Send and resolve
        </Button>
      ) : null}
      <Group gap={0} wrap="nowrap">
        <Button size="xs" leftSection={<IconSend size={14} />} onClick={onSend} disabled={disabled} loading={loading} aria-label="Send" style={{ borderTopRightRadius: 0, borderBottomRightRadius: 0 }}>
          Send
        </Button>
        <Menu position="top-end" withinPortal>
          <Menu.Target>
            <ActionIcon size={30} variant="filled" aria-label="More ways to send" disabled={disabled || loading} style={{ borderTopLeftRadius: 0, borderBottomLeftRadius: 0, borderLeft: '1px solid rgba(255,255,255,0.4)' }}>
              <IconChevronDown size={14} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconCalendarTime size={14} />} onClick={onSendLater}>
              Send later…
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Group>
  );
}
