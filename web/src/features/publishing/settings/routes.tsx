// The publishing settings pages (approval steps, queue slots), under /w/:workspaceId/settings,
// and their navbar links in the Settings section.
import { IconChecklist, IconClockHour4 } from '@tabler/icons-react';
import type { RouteObject } from 'react-router';
import type { Action } from '../../workspaces/permissions.ts';
import { ApprovalStepsPage } from './ApprovalStepsPage.tsx';
import { QueueSlotsPage } from './QueueSlotsPage.tsx';

export const publishingSettingsRoutes: RouteObject[] = [
  { path: 'settings/approvals', element: <ApprovalStepsPage /> },
  { path: 'settings/queues', element: <QueueSlotsPage /> },
];

// Both pages read members or channels, which every role but the approver may read; the pages
// themselves are read-only without approvals.manage / queues.manage.
export const publishingSettingsNavItems = (base: string): { to: string; label: string; icon: React.ReactNode; action: Action }[] => [
  { to: `${base}/settings/approvals`, label: 'Approvals', icon: <IconChecklist size={18} />, action: 'members.read' },
  { to: `${base}/settings/queues`, label: 'Queue slots', icon: <IconClockHour4 size={18} />, action: 'channels.read' },
];
