// The signed-in shell: header with workspace and hat switchers, a navbar that collapses behind a
// burger on small screens, and the page.
import { AppShell, Burger, Group, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import { HatSwitcher } from '../features/workspaces/HatSwitcher.tsx';
import { WorkspaceSwitcher } from '../features/workspaces/WorkspaceSwitcher.tsx';
import { UserMenu } from '../features/auth/UserMenu.tsx';
import { NotificationsBell } from '../features/notifications/NotificationsBell.tsx';
import { BrandMark } from './BrandMark.tsx';
import { ColorSchemeToggle } from './ColorSchemeToggle.tsx';
import { Navbar } from './Navbar.tsx';

export function AppLayout() {
  const [navOpened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  // On phones the navbar covers the page; close it once a link has been followed.
  useEffect(close, [pathname, close]);
  // A folded navbar is only moved off-screen; make it inert so Tab does not wander into it.
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`(width < ${theme.breakpoints.sm})`) ?? false;
  const navHidden = isPhone && !navOpened;

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 264, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="lg">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={navOpened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={navOpened}
              aria-controls="main-navigation"
            />
            <BrandMark />
            <WorkspaceSwitcher />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <HatSwitcher visibleFrom="sm" />
            <NotificationsBell />
            <ColorSchemeToggle />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="main-navigation" aria-label="Main navigation" inert={navHidden}>
        <Navbar />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
