// The inbox settings pages under /w/:workspaceId/settings/inbox, and their navbar link in the
// Settings section. Everyone who reads the inbox may read them; inbox.configure changes them.
import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Action } from '../workspaces/permissions.ts';
import { GeneralSettingsPage } from './GeneralSettingsPage.tsx';
import { InboxSettingsLayout } from './InboxSettingsLayout.tsx';
import { RulesPage } from './RulesPage.tsx';
import { SavedRepliesPage } from './SavedRepliesPage.tsx';
import { SlaPoliciesPage } from './SlaPoliciesPage.tsx';
import { TeamAvailabilityPage } from './TeamAvailabilityPage.tsx';

export const inboxSettingsRoutes: RouteObject[] = [
  {
    path: 'settings/inbox',
    element: <InboxSettingsLayout />,
    children: [
      { index: true, element: <GeneralSettingsPage /> },
      { path: 'team', element: <TeamAvailabilityPage /> },
      { path: 'saved-replies', element: <SavedRepliesPage /> },
      { path: 'rules', element: <RulesPage /> },
      { path: 'sla', element: <SlaPoliciesPage /> },
    ],
  },
];

export const inboxSettingsNavItems = (base: string): { to: string; label: string; icon: ReactNode; action: Action }[] => [
  { to: `${base}/settings/inbox`, label: 'Inbox', icon: <IconInbox size={18} />, action: 'inbox.read' },
];
