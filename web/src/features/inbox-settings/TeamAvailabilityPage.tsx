// Settings > Inbox > Team: who takes new conversations (available) and how many open ones each
// member may hold before round-robin skips them (their cap; empty: the workspace's default).
import { ActionIcon, Alert, Anchor, EmptyState, Group, NumberInput, Stack, Switch, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { MemberLoad } from '../../api/inbox-settings-types.ts';
import { FormError } from '../../ui/FormError.tsx';
import { ListCard } from '../../ui/ListCard.tsx';
import { notifyFailure } from '../../ui/notifyFailure.ts';
import { useSignedInSession } from '../auth/useSession.ts';
import { useAvailability, useSetAvailability } from '../workload/useWorkload.ts';
import { roleLabels, type Role } from '../workspaces/permissions.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { useInboxSettings } from './useInboxSettings.ts';

type RowProps = { workspaceId: string; member: MemberLoad; defaultCap: number | undefined; me: boolean; canEditOthers: boolean };

function MemberRow({ workspaceId, member, defaultCap, me, canEditOthers }: RowProps) {
  const set = useSetAvailability(workspaceId);
  const [cap, setCap] = useState<number | string>(member.ownCap ?? '');
  const dirty = (cap === '' ? null : Number(cap)) !== member.ownCap;
  // Anyone may mark themselves away; another member's availability and every cap need inbox.configure.
  const canToggle = me || canEditOthers;
  const saveCap = () =>
    set.mutate({ userId: member.userId, available: member.available, openCap: cap === '' ? null : Number(cap) }, { onSuccess: () => notifications.show({ color: 'green', message: `${member.name}'s cap saved` }), onError: notifyFailure('The cap was not saved') });
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {member.name}
        </Text>
        <Text size="xs" c="dimmed">
          {member.email} · {roleLabels[member.role as Role] ?? member.role}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" c={member.open >= member.cap ? 'red' : undefined}>
          {member.open} / {member.cap}
        </Text>
      </Table.Td>
      <Table.Td>
        <Switch
          aria-label={`${member.name} is available`}
          checked={member.available}
          disabled={!canToggle || set.isPending}
          onChange={(e) => set.mutate({ userId: me ? undefined : member.userId, available: e.currentTarget.checked }, { onError: notifyFailure('The availability was not saved') })}
        />
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <NumberInput aria-label={`Cap of ${member.name}`} placeholder={defaultCap === undefined ? 'Default' : `Default (${defaultCap})`} min={0} max={10_000} allowDecimal={false} value={cap} onChange={setCap} readOnly={!canEditOthers} w={150} />
          {canEditOthers && dirty ? (
            <Tooltip label="Save cap">
              <ActionIcon variant="light" aria-label={`Save the cap of ${member.name}`} onClick={saveCap} loading={set.isPending}>
                <IconDeviceFloppy size={16} />
              </ActionIcon>
            </Tooltip>
          ) : null}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

export function TeamAvailabilityPage() {
  const { workspace, can } = useCurrentWorkspace();
  const availability = useAvailability(workspace.id);
  const settings = useInboxSettings(workspace.id);
  const me = useSignedInSession().user.id;
  const configure = can('inbox.configure');
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Round-robin gives each new conversation to the next available member who answers its hat and holds fewer open conversations than their cap. Anyone can mark themselves away; changing others needs the inbox configuration permission.{' '}
        <Anchor component={Link} to={`/w/${workspace.id}/inbox/workload`} size="sm">
          See the workload over time
        </Anchor>
        .
      </Text>
      {settings.data && !settings.data.autoAssign ? <Alert color="yellow">Automatic assignment is off: these settings take effect once it is switched on (General tab).</Alert> : null}
      <FormError error={availability.error} title="The team could not be loaded" />
      <ListCard items={availability.data} empty={<EmptyState size="sm" icon={<IconUsers />} title="No members answer the inbox" />}>
        {(members) => (
          <Table.ScrollContainer minWidth={620}>
            <Table verticalSpacing="sm" aria-label="Team availability">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Member</Table.Th>
                  <Table.Th ta="right">Open / cap</Table.Th>
                  <Table.Th>Available</Table.Th>
                  <Table.Th>Own cap</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.map((m) => (
                  <MemberRow key={`${m.userId}-${m.ownCap}`} workspaceId={workspace.id} member={m} defaultCap={settings.data?.defaultOpenCap} me={m.userId === me && can('inbox.reply')} canEditOthers={configure} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </ListCard>
    </Stack>
  );
}
