// The inbox's link in the navbar, for every role that may read conversations.
import { IconInbox } from '@tabler/icons-react';
import type { Action } from '../workspaces/permissions.ts';

export const inboxNavItems = (base: string): { to: string; label: string; icon: React.ReactNode; action: Action }[] => [
  { to: `${base}/inbox`, label: 'Inbox', icon: <IconInbox size={18} />, action: 'inbox.read' },
];
