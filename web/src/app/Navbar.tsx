// Navigation for the active workspace. Links a role may not use are not shown at all.
import { Divider, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { IconHistory, IconKey, IconLayoutDashboard, IconPlugConnected, IconSettings, IconShieldLock, IconUserCircle, IconUsers, IconWebhook } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { publishingNavItems } from '../features/publishing/nav-items.tsx';
import { publishingSettingsNavItems } from '../features/publishing/settings/routes.tsx';
import { HatSwitcher } from '../features/workspaces/HatSwitcher.tsx';
import { can, type Action } from '../features/workspaces/permissions.ts';
import { useActiveWorkspace } from '../features/workspaces/useActiveWorkspace.ts';

type Item = { to: string; label: string; icon: ReactNode; action?: Action; exact?: boolean };

function NavItem({ item }: { item: Item }) {
  const { pathname } = useLocation();
  const active = item.exact ? pathname === item.to : pathname.startsWith(item.to);
  return <NavLink component={Link} to={item.to} label={item.label} leftSection={item.icon} active={active} aria-current={active ? 'page' : undefined} />;
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
    ...publishingNavItems(base),
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
  ];

  return (
    <Stack gap={0} h="100%">
      <ScrollArea style={{ flex: 1 }}>
        {workspace ? (
          <>
            {main.filter(allowed).map((item) => (
              <NavItem key={item.to} item={item} />
            ))}
            <SectionLabel>Settings</SectionLabel>
            {settings.filter(allowed).map((item) => (
              <NavItem key={item.to} item={item} />
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
