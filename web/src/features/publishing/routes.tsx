// The publishing pages under /w/:workspaceId, spread into the router's workspace children.
import type { RouteObject } from 'react-router';
import { CalendarPage } from '../calendar/CalendarPage.tsx';
import { CampaignPage } from '../campaigns/CampaignPage.tsx';
import { CampaignsPage } from '../campaigns/CampaignsPage.tsx';
import { ComposerPage } from './ComposerPage.tsx';
import { PostsPage } from './PostsPage.tsx';
import { ReviewPostPage } from './ReviewPostPage.tsx';
import { ReviewsPage } from './ReviewsPage.tsx';

export const publishingRoutes: RouteObject[] = [
  { path: 'posts', element: <PostsPage /> },
  { path: 'posts/new', element: <ComposerPage /> },
  { path: 'posts/:postId', element: <ComposerPage /> },
  { path: 'reviews', element: <ReviewsPage /> },
  { path: 'reviews/:postId', element: <ReviewPostPage /> },
  { path: 'calendar', element: <CalendarPage /> },
  { path: 'campaigns', element: <CampaignsPage /> },
  { path: 'campaigns/:campaignId', element: <CampaignPage /> },
];
