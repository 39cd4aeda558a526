// Settings > Inbox > Team: who takes new conversations (available) and how many open ones each
// member may hold before round-robin skips them (their cap; empty: the workspace's default).
import { ActionIcon, Alert, Card, EmptyState, Group, NumberInput, Skeleton, Stack, Switch, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { MemberAvailability } from '../../api/inbox-settings-types.ts';
import { FormError } from '../../ui/FormError.tsx';
import { notifyFailure } from '../../ui/notifyFailure.ts';
import { useSignedInSession } from '../auth/useSession.ts';
import { useAvailability, useSetAvailability } from '../workload/useWorkload.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { useInboxSettings } from './useInboxSettings.ts';

function MemberRow({ workspaceId, member, defaultCap, canEdit }: { workspaceId: string; member: MemberAvailability; defaultCap: number | undefined; canEdit: boolean }) {
  const set = useSetAvailability(workspaceId);
  const [cap, setCap] = useState<number | string>(member.openCap ?? '');
  const dirty = (cap === '' ? null : Number(cap)) !== member.openCap;
  const effective = member.openCap ?? member.effectiveCap ?? defaultCap;
  const saveCap = () =>
    set.mutate({ userId: member.userId, openCap: cap === '' ? null : Number(cap) }, { onSuccess: () => notifications.show({ color: 'green', message: `${member.name}'s cap saved` }), onError: notifyFailure('The cap was not saved') });
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {member.name}
        </Text>
        {member.email ? (
          <Text size="xs" c="dimmed">
            {member.email}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" c={effective !== undefined && member.open >= effective ? 'red' : undefined}>
          {member.open}
          {effective !== undefined ? ` / ${effective}` : ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <Switch
          aria-label={`${member.name} is available`}
          checked={member.available}
          disabled={!canEdit || set.isPending}
          onChange={(e) => set.mutate({ userId: member.userId, available: e.currentTarget.checked }, { onError: notifyFailure('The availability was not saved') })}
        />
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <NumberInput aria-label={`Cap of ${member.name}`} placeholder={defaultCap !== undefined ? `Default (${defaultCap})` : 'Default'} min={1} max={10_000} allowDecimal={false} value={cap} onChange={setCap} readOnly={!canEdit} w={150} />
          {canEdit && dirty ? (
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
  const members = useAvailability(workspace.id);
  const settings = useInboxSettings(workspace.id);
  const me = useSignedInSession().user.id;
  const configure = can('inbox.configure');
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Round-robin gives each new conversation to the next available member who answers its hat and holds fewer open conversations than their cap. Anyone can mark themselves away; changing others needs the inbox configuration permission.{' '}
        <Link to={`/w/${workspace.id}/inbox/workload`}>See the workload over time</Link>.
      </Text>
      {settings.data && !settings.data.autoAssign ? <Alert color="yellow">Automatic assignment is off: these settings take effect once it is switched on (General tab).</Alert> : null}
      <FormError error={members.error} title="The team could not be loaded" />
      <Card withBorder padding={0}>
        {!members.data ? (
          <Skeleton h={160} />
        ) : members.data.length === 0 ? (
          <EmptyState size="sm" icon={<IconUsers />} title="No members answer the inbox" p="lg" />
        ) : (
          <Table.ScrollContainer minWidth={620}>
            <Table verticalSpacing="sm" aria-label="Team availability">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Member</Table.Th>
                  <Table.Th ta="right">Open / cap</Table.Th>
                  <Table.Th>Available</Table.Th>
                  <Table.Th>Cap</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.data.map((m) => (
                  <MemberRow key={m.userId} workspaceId={workspace.id} member={m} defaultCap={settings.data?.defaultOpenCap} canEdit={configure || m.userId === me} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
    </Stack>
  );
}
