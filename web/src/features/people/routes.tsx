// The people pages under /w/:workspaceId, spread into the router's workspace children, and their
// navbar links (the merge queue with a count of suggestions waiting).
import { IconGitMerge, IconUsersGroup } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Action } from '../workspaces/permissions.ts';
import { MergeSuggestionsCount } from './MergeSuggestionsCount.tsx';
import { MergeSuggestionsPage } from './MergeSuggestionsPage.tsx';
import { PeoplePage } from './PeoplePage.tsx';
import { PersonPage } from './PersonPage.tsx';

export const peopleRoutes: RouteObject[] = [
  { path: 'people', element: <PeoplePage /> },
  { path: 'people/merge-suggestions', element: <MergeSuggestionsPage /> },
  { path: 'people/:personId', element: <PersonPage /> },
];

export const peopleNavItems = (base: string, workspaceId: string | undefined): { to: string; label: string; icon: ReactNode; action: Action; rightSection?: ReactNode }[] => [
  { to: `${base}/people`, label: 'People', icon: <IconUsersGroup size={18} />, action: 'people.read' },
  {
    to: `${base}/people/merge-suggestions`,
    label: 'Merge suggestions',
    icon: <IconGitMerge size={18} />,
    action: 'people.merge',
    rightSection: workspaceId ? <MergeSuggestionsCount workspaceId={workspaceId} /> : undefined,
  },
];
