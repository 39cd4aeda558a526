// The header's triage menus: assign, status, snooze and priority. Each can be opened by its
// keyboard shortcut (shift+a, s, p), so their open state is held by the page.
import { Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconClockPause, IconFlag, IconUser, IconUserMinus, IconUserPlus, IconCircleDot } from '@tabler/icons-react';
import type { ConversationSummary, Priority } from '../../api/inbox-types.ts';
import { formatDateTime } from '../../ui/format.ts';
import { builtinStatuses, priorities, priorityLabels, statusLabel } from './inbox-labels.ts';
import { snoozePresets } from './snooze-presets.ts';
import type { Teammate } from './useTeammates.ts';

export type MenuName = 'assign' | 'status' | 'snooze' | 'priority' | 'tags';
type Controlled = { opened: boolean; onChange: (opened: boolean) => void; disabled: boolean };

type AssignProps = Controlled & { conversation: ConversationSummary; teammates: Teammate[]; meId: string; onAssign: (userId: string | null) => void };

export function AssignMenu({ opened, onChange, disabled, conversation, teammates, meId, onAssign }: AssignProps) {
  const assigneeId = conversation.assignee?.id ?? null;
  const label = !conversation.assignee ? 'Unassigned' : assigneeId === meId ? 'Me' : conversation.assignee.name || 'Someone';
  return (
    <Menu opened={opened} onChange={onChange} position="bottom-start" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="default" leftSection={<IconUser size={14} />} rightSection={<IconChevronDown size={12} />} disabled={disabled} aria-label="Assign" data-assignee={assigneeId ?? ''}>
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label="Assign to">
        <Menu.Item leftSection={<IconUserPlus size={14} />} onClick={() => onAssign(meId)} disabled={assigneeId === meId}>
          Assign to me
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>Teammates</Menu.Label>
        {teammates
          .filter((t) => t.userId !== meId)
          .map((t) => (
            <Menu.Item
              key={t.userId}
              onClick={() => onAssign(t.userId)}
              disabled={t.userId === assigneeId}
              rightSection={
                t.open !== null ? (
                  <Text size="xs" c={t.cap !== null && t.open >= t.cap ? 'red' : 'dimmed'}>
                    {t.open}
                    {t.cap !== null ? `/${t.cap}` : ''}
                    {t.available === false ? ' · away' : ''}
                  </Text>
                ) : null
              }
            >
              {t.name}
            </Menu.Item>
          ))}
        {assigneeId ? (
          <>
            <Menu.Divider />
            <Menu.Item leftSection={<IconUserMinus size={14} />} onClick={() => onAssign(null)}>
              Unassign
            </Menu.Item>
          </>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
}

type StatusProps = Controlled & { status: string; customStatuses: string[]; onStatus: (status: string) => void };

export function StatusMenu({ opened, onChange, disabled, status, customStatuses, onStatus }: StatusProps) {
  // Snoozing needs a time: it has its own menu.
  const choices = [...builtinStatuses.filter((s) => s !== 'snoozed'), ...customStatuses];
  return (
    <Menu opened={opened} onChange={onChange} position="bottom-start" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="default" leftSection={<IconCircleDot size={14} />} rightSection={<IconChevronDown size={12} />} disabled={disabled} aria-label="Status" data-status={status}>
          {statusLabel(status)}
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label="Set status">
        {choices.map((s) => (
          <Menu.Item key={s} onClick={() => onStatus(s)} disabled={s === status}>
            {statusLabel(s)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

type SnoozeProps = Controlled & { snoozedUntil: string | null; onSnooze: (until: string) => void; onPick: () => void; onWake: () => void };

export function SnoozeMenu({ opened, onChange, disabled, snoozedUntil, onSnooze, onPick, onWake }: SnoozeProps) {
  return (
    <Menu opened={opened} onChange={onChange} position="bottom-start" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="default" leftSection={<IconClockPause size={14} />} disabled={disabled} aria-label="Snooze">
          {snoozedUntil ? `Until ${formatDateTime(snoozedUntil)}` : 'Snooze'}
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label="Snooze until">
        {snoozePresets.map((p) => (
          <Menu.Item key={p.id} onClick={() => onSnooze(p.at(new Date()).toISOString())} rightSection={<Text size="xs" c="dimmed">{formatDateTime(p.at(new Date()).toISOString())}</Text>}>
            {p.label}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item onClick={onPick}>Pick a date and time…</Menu.Item>
        {snoozedUntil ? (
          <>
            <Menu.Divider />
            <Menu.Item onClick={onWake}>Wake up now</Menu.Item>
          </>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
}

type PriorityProps = Controlled & { priority: Priority; onPriority: (p: Priority) => void };

export function PriorityMenu({ opened, onChange, disabled, priority, onPriority }: PriorityProps) {
  return (
    <Menu opened={opened} onChange={onChange} position="bottom-start" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="default" leftSection={<IconFlag size={14} />} disabled={disabled} aria-label="Priority" data-priority={priority}>
          {priority === 'none' ? 'Priority' : priorityLabels[priority]}
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label="Set priority">
        {[...priorities].reverse().map((p) => (
          <Menu.Item key={p} onClick={() => onPriority(p)} disabled={p === priority}>
            {priorityLabels[p]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
