// The top of the open conversation: who and where, its chips, and every triage action:
// assign, status, resolve, snooze, priority, tags and merge.
import { ActionIcon, Avatar, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowMerge, IconCheck, IconLayoutSidebarRight, IconRotate } from '@tabler/icons-react';
import type { ConversationDetail, ConversationPatch } from '../../api/inbox-types.ts';
import { NetworkIcon } from '../channels/NetworkIcon.tsx';
import { conversationTitle } from './inbox-labels.ts';
import { PriorityBadge, SentimentBadge, SlaBadge } from './InboxBadges.tsx';
import { TagList, TagsPopover } from './TagsPopover.tsx';
import { AssignMenu, PriorityMenu, SnoozeMenu, StatusMenu, type MenuName } from './TriageMenus.tsx';
import { initialsOf } from '../../ui/initials.ts';
import type { Teammate } from './useTeammates.ts';

type Props = {
  detail: ConversationDetail;
  teammates: Teammate[];
  meId: string;
  customStatuses: string[];
  knownTags: string[];
  canManage: boolean;
  openMenu: MenuName | null;
  setOpenMenu: (menu: MenuName | null) => void;
  onPatch: (patch: ConversationPatch) => void;
  onResolve: () => void;
  onPickSnooze: () => void;
  onMerge: () => void;
  personToggle: { shown: boolean; onToggle: () => void } | null;
};

export function ConversationHeader({ detail, teammates, meId, customStatuses, knownTags, canManage, openMenu, setOpenMenu, onPatch, onResolve, onPickSnooze, onMerge, personToggle }: Props) {
  const c = detail.conversation;
  const name = conversationTitle(c);
  const menu = (m: MenuName) => ({ opened: openMenu === m, onChange: (o: boolean) => setOpenMenu(o ? m : null), disabled: !canManage });
  const resolved = c.status === 'resolved';
  return (
    <Stack gap="xs" className="inbox-pane-header">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="sm" wrap="nowrap" miw={0}>
          <Avatar src={c.person?.avatarUrl ?? undefined} alt="" radius="xl">
            {initialsOf(name)}
          </Avatar>
          <div style={{ minWidth: 0 }}>
            <Text fw={600} truncate component="h2" size="md" m={0}>
              {name}
            </Text>
            <Group gap={4} wrap="nowrap">
              <NetworkIcon network={detail.channel.network} size={16} />
              <Text size="xs" c="dimmed" truncate>
                {detail.channel.displayName}
                {c.person?.handle ? ` · ${c.person.handle}` : ''}
                {c.subject ? ` · ${c.subject}` : ''}
              </Text>
            </Group>
          </div>
        </Group>
        <Group gap={4} wrap="nowrap">
          <SlaBadge sla={c.sla} />
          <PriorityBadge priority={c.priority} />
          <SentimentBadge sentiment={c.sentiment} />
          {personToggle ? (
            <Tooltip label={personToggle.shown ? 'Hide the person' : 'Show the person'} withArrow>
              <ActionIcon variant={personToggle.shown ? 'light' : 'subtle'} color="gray" aria-label="Person details" aria-pressed={personToggle.shown} onClick={personToggle.onToggle}>
                <IconLayoutSidebarRight size={18} />
              </ActionIcon>
            </Tooltip>
          ) : null}
        </Group>
      </Group>
      <Group gap={6} wrap="wrap" role="toolbar" aria-label="Conversation actions">
        <AssignMenu {...menu('assign')} conversation={c} teammates={teammates} meId={meId} onAssign={(assigneeId) => onPatch({ assigneeId })} />
        <StatusMenu {...menu('status')} status={c.status} customStatuses={customStatuses} onStatus={(status) => onPatch({ status })} />
        {resolved ? (
          <Button size="xs" variant="default" leftSection={<IconRotate size={14} />} disabled={!canManage} onClick={() => onPatch({ status: 'open' })} aria-label="Reopen">
            Reopen
          </Button>
        ) : (
          <Button size="xs" color="teal" leftSection={<IconCheck size={14} />} disabled={!canManage} onClick={onResolve} aria-label="Resolve">
            Resolve
          </Button>
        )}
        <SnoozeMenu {...menu('snooze')} snoozedUntil={c.status === 'snoozed' ? c.snoozedUntil : null} onSnooze={(snoozedUntil) => onPatch({ snoozedUntil })} onPick={onPickSnooze} onWake={() => onPatch({ status: 'open' })} />
        <PriorityMenu {...menu('priority')} priority={c.priority} onPriority={(priority) => onPatch({ priority })} />
        <TagsPopover {...menu('tags')} tags={c.tags} knownTags={knownTags} onTags={onPatch} />
        <Tooltip label="Merge into another conversation" withArrow>
          <ActionIcon variant="default" size={30} disabled={!canManage} onClick={onMerge} aria-label="Merge">
            <IconArrowMerge size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <TagList tags={c.tags} />
    </Stack>
  );
}
