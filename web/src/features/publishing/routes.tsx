// The publishing pages under /w/:workspaceId, spread into the router's workspace children.
import { Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { CampaignPage } from '../campaigns/CampaignPage.tsx';
import { CampaignsPage } from '../campaigns/CampaignsPage.tsx';
import { ComposerPage } from './ComposerPage.tsx';
import { FeedRulesPage } from './feeds/FeedRulesPage.tsx';
import { ImportPostsPage } from './import/ImportPostsPage.tsx';
import { PostsPage } from './PostsPage.tsx';
import { ReviewPostPage } from './ReviewPostPage.tsx';
import { ReviewsPage } from './ReviewsPage.tsx';

// FullCalendar is large and injects its own styles: load it only with the calendar.
const CalendarPage = lazy(() => import('../calendar/CalendarPage.tsx').then((m) => ({ default: m.CalendarPage })));

export const publishingRoutes: RouteObject[] = [
  { path: 'posts', element: <PostsPage /> },
  { path: 'posts/new', element: <ComposerPage /> },
  { path: 'posts/import', element: <ImportPostsPage /> },
  { path: 'feed-rules', element: <FeedRulesPage /> },
  { path: 'posts/:postId', element: <ComposerPage /> },
  { path: 'reviews', element: <ReviewsPage /> },
  { path: 'reviews/:postId', element: <ReviewPostPage /> },
  {
    path: 'calendar',
    element: (
      <Suspense fallback={<Skeleton h={600} />}>
        <CalendarPage />
      </Suspense>
    ),
  },
  { path: 'campaigns', element: <CampaignsPage /> },
  { path: 'campaigns/:campaignId', element: <CampaignPage /> },
];
