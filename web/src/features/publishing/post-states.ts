// How each post and target state is named and coloured, the same on the lists, the review page
// and the calendar.
import type { PostState, TargetState } from './types.ts';

export const stateLabels: Record<PostState | TargetState, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  scheduled: 'Scheduled',
  publishing: 'Publishing',
  published: 'Published',
  failed: 'Failed',
  needs_check: 'Needs check',
  pending: 'Not scheduled',
  cancelled: 'Cancelled',
};

/** Mantine colour names; the calendar turns them into CSS variables. */
export const stateColors: Record<PostState | TargetState, string> = {
  draft: 'gray',
  in_review: 'yellow',
  changes_requested: 'orange',
  approved: 'teal',
  scheduled: 'blue',
  publishing: 'indigo',
  published: 'green',
  failed: 'red',
  needs_check: 'grape',
  pending: 'gray',
  cancelled: 'dark',
};
