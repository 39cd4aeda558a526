// Navigation for the active workspace. Links a role may not use are not shown at all.
import { Divider, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { IconHistory, IconKey, IconLayoutDashboard, IconPlugConnected, IconSettings, IconShieldLock, IconUserCircle, IconUsers, IconWebhook } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { inboxNavItems } from '../features/inbox/nav-items.tsx';
import { inboxSettingsNavItems } from '../features/inbox-settings/routes.tsx';
import { peopleNavItems } from '../features/people/routes.tsx';
import { publishingNavItems } from '../features/publishing/nav-items.tsx';
import { publishingSettingsNavItems } from '../features/publishing/settings/routes.tsx';
import { workloadNavItems } from '../features/workload/routes.tsx';
import { HatSwitcher } from '../features/workspaces/HatSwitcher.tsx';
import { can, type Action } from '../features/workspaces/permissions.ts';
import { useActiveWorkspace } from '../features/workspaces/useActiveWorkspace.ts';

type Item = { to: string; label: string; icon: ReactNode; action?: Action; exact?: boolean; rightSection?: ReactNode };

// `within`: the other links; a link is not active when a longer one of them matches the page
// (People stays inactive on /people/merge-suggestions, which has its own link).
function NavItem({ item, within = [] }: { item: Item; within?: Item[] }) {
  const { pathname } = useLocation();
  const matches = (i: Item) => (i.exact ? pathname === i.to : pathname.startsWith(i.to));
  const active = matches(item) && !within.some((other) => other.to.length > item.to.length && other.to.startsWith(item.to) && matches(other));
  return <NavLink component={Link} to={item.to} label={item.label} leftSection={item.icon} rightSection={item.rightSection} active={active} aria-current={active ? 'page' : undefined} />;
}

function SectionLabel({ children }: { children: ReactNode }) {
  return (
    <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
      {children}
    </Text>
  );
}

export function Navbar() {
  const workspace = useActiveWorkspace();
  const base = workspace ? `/w/${workspace.id}` : '';
  const allowed = (item: Item) => !item.action || (workspace ? can(workspace.role, item.action) : false);
  const main: Item[] = [
    { to: base, label: 'Overview', icon: <IconLayoutDashboard size={18} />, exact: true },
    ...inboxNavItems(base),
    ...workloadNavItems(base),
    ...publishingNavItems(base),
    ...peopleNavItems(base, workspace?.id),
    { to: `${base}/channels`, label: 'Channels', icon: <IconPlugConnected size={18} />, action: 'channels.read' },
    { to: `${base}/audit`, label: 'Audit log', icon: <IconHistory size={18} />, action: 'audit.read' },
  ];
  const settings: Item[] = [
    { to: `${base}/settings/general`, label: 'General', icon: <IconSettings size={18} />, action: 'workspace.read' },
    { to: `${base}/settings/members`, label: 'Members', icon: <IconUsers size={18} />, action: 'members.read' },
    { to: `${base}/settings/roles`, label: 'Roles & permissions', icon: <IconShieldLock size={18} />, action: 'members.read' },
    { to: `${base}/settings/tokens`, label: 'API tokens', icon: <IconKey size={18} />, action: 'tokens.read' },
    { to: `${base}/settings/webhooks`, label: 'Webhooks', icon: <IconWebhook size={18} />, action: 'webhooks.read' },
    ...publishingSettingsNavItems(base),
    ...inboxSettingsNavItems(base),
  ];

  return (
    <Stack gap={0} h="100%">
      <ScrollArea style={{ flex: 1 }}>
        {workspace ? (
          <>
            {main.filter(allowed).map((item, _i, shown) => (
              <NavItem key={item.to} item={item} within={shown} />
            ))}
            <SectionLabel>Settings</SectionLabel>
            {settings.filter(allowed).map((item, _i, shown) => (
              <NavItem key={item.to} item={item} within={shown} />
            ))}
          </>
        ) : null}
      </ScrollArea>
      <HatSwitcher hiddenFrom="sm" fullWidth mb="sm" />
      <Divider mb="xs" />
      <NavItem item={{ to: '/account', label: 'My account', icon: <IconUserCircle size={18} /> }} />
    </Stack>
  );
}
