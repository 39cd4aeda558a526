// The workload view at /w/:workspaceId/inbox/workload, and its navbar link.
import { IconChartLine } from '@tabler/icons-react';
import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { Skeleton } from '@mantine/core';
import type { Action } from '../workspaces/permissions.ts';

// ECharts is large: load it only with the page that draws a chart.
const WorkloadPage = lazy(() => import('./WorkloadPage.tsx').then((m) => ({ default: m.WorkloadPage })));

export const workloadRoutes: RouteObject[] = [
  {
    path: 'inbox/workload',
    element: (
      <Suspense fallback={<Skeleton h={400} />}>
        <WorkloadPage />
      </Suspense>
    ),
  },
];

export const workloadNavItems = (base: string): { to: string; label: string; icon: ReactNode; action: Action }[] => [
  { to: `${base}/inbox/workload`, label: 'Workload', icon: <IconChartLine size={18} />, action: 'inbox.read' },
];
