// The publishing links of the navbar. The publishing pages need the channels, so they ask for
// channels.read: the approver role (a client who only reviews) has posts.read but not that, and
// sees only Reviews.
import { IconCalendar, IconChecklist, IconPencil, IconRss, IconTargetArrow } from '@tabler/icons-react';
import type { Action } from '../workspaces/permissions.ts';

export const publishingNavItems = (base: string): { to: string; label: string; icon: React.ReactNode; action: Action }[] => [
  { to: `${base}/posts`, label: 'Posts', icon: <IconPencil size={18} />, action: 'channels.read' },
  { to: `${base}/calendar`, label: 'Calendar', icon: <IconCalendar size={18} />, action: 'channels.read' },
  { to: `${base}/reviews`, label: 'Reviews', icon: <IconChecklist size={18} />, action: 'posts.approve' },
  { to: `${base}/campaigns`, label: 'Campaigns', icon: <IconTargetArrow size={18} />, action: 'campaigns.read' },
  { to: `${base}/feed-rules`, label: 'Feed rules', icon: <IconRss size={18} />, action: 'channels.read' },
];
