// The workspace's home: which hat you are wearing and the next useful steps for your role.
import { Badge, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { IconHistory, IconKey, IconSettings, IconShieldLock, IconSpeakerphone, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useSignedInSession } from '../auth/useSession.ts';
import { hatLabels, roleLabels, type Action } from './permissions.ts';
import { useCurrentWorkspace } from './useCurrentWorkspace.ts';

const hatFocus = {
  social: { icon: <IconSpeakerphone size={22} />, text: 'Outward: campaigns, publishing to every network, answering what comes back and measuring reach.' },
  community: { icon: <IconUsersGroup size={22} />, text: 'Inward: members, relationships, moderation, events, and routing feedback to the company.' },
  both: { icon: <IconUsers size={22} />, text: 'Both sides of the tandem: what you announce, and the people who answer.' },
};

type Shortcut = { to: string; title: string; text: string; icon: ReactNode; action: Action };

export function OverviewPage() {
  const { workspace, can } = useCurrentWorkspace();
  const { user } = useSignedInSession();
  const base = `/w/${workspace.id}`;
  const focus = hatFocus[workspace.hat];
  const shortcuts: Shortcut[] = [
    { to: `${base}/settings/members`, title: 'Members', text: 'Invite your team and give each person a role.', icon: <IconUsers size={20} />, action: 'members.read' },
    { to: `${base}/settings/roles`, title: 'Roles & permissions', text: 'See what each role may do and which hats it wears.', icon: <IconShieldLock size={20} />, action: 'members.read' },
    { to: `${base}/settings/tokens`, title: 'API tokens', text: 'Connect scripts and integrations to this workspace.', icon: <IconKey size={20} />, action: 'tokens.read' },
    { to: `${base}/audit`, title: 'Audit log', text: 'Who changed what, and when.', icon: <IconHistory size={20} />, action: 'audit.read' },
    { to: `${base}/settings/general`, title: 'Workspace settings', text: 'Name, time zone and audit retention.', icon: <IconSettings size={20} />, action: 'workspace.read' },
  ];

  return (
    <Stack maw={1100}>
      <PageHeader title={`Welcome, ${user.name.split(' ')[0]}`} description={`${workspace.name} · ${roleLabels[workspace.role]} · ${workspace.timeZone}`} />
      <Card withBorder padding="lg">
        <Group wrap="nowrap" align="flex-start">
          <ThemeIcon size={44} radius="md" variant="light">
            {focus.icon}
          </ThemeIcon>
          <div>
            <Group gap="xs">
              <Title order={2} size="h4">
                You are wearing the {hatLabels[workspace.hat].toLowerCase()} hat
              </Title>
              <Badge variant="light">{hatLabels[workspace.hat]}</Badge>
            </Group>
            <Text size="sm" c="dimmed" mt={4}>
              {focus.text}
            </Text>
          </div>
        </Group>
      </Card>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {shortcuts
          .filter((s) => can(s.action))
          .map((s) => (
            <UnstyledButton key={s.to} component={Link} to={s.to} style={{ borderRadius: 'var(--mantine-radius-md)' }}>
              <Card withBorder padding="lg" h="100%">
                <Group gap="sm" mb={6}>
                  <ThemeIcon variant="default" size="lg">
                    {s.icon}
                  </ThemeIcon>
                  <Text fw={600}>{s.title}</Text>
                </Group>
                <Text size="sm" c="dimmed">
                  {s.text}
                </Text>
              </Card>
            </UnstyledButton>
          ))}
      </SimpleGrid>
    </Stack>
  );
}
