// The left column: the views of the inbox with how many conversations each holds, the
// workspace's own statuses, and which hat's queue is shown (the member's hat at first).
import { Badge, NavLink, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconCircleDot, IconClockPause, IconHourglass, IconInbox, IconInboxOff, IconTag, IconUser, IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { InboxCounts } from '../../api/inbox-types.ts';
import { hatLabels, type Hat } from '../workspaces/permissions.ts';
import { hats } from '../../../../src/core/roles.ts';
import { builtinViews, viewStatus, withParams, type InboxFilters, type ViewId } from './inbox-filters.ts';
import { statusLabel } from './inbox-labels.ts';

const icons: Record<string, ReactNode> = {
  mine: <IconUser size={16} />,
  unassigned: <IconInboxOff size={16} />,
  open: <IconInbox size={16} />,
  pending: <IconHourglass size={16} />,
  snoozed: <IconClockPause size={16} />,
  resolved: <IconCircleCheck size={16} />,
};

const compact = new Intl.NumberFormat(undefined, { notation: 'compact' });

// The count of a view and its path in `capped` (a capped count reads "1,000+").
function countOf(view: ViewId, counts: InboxCounts | undefined): { n: number; capped: boolean } | undefined {
  if (!counts) return undefined;
  const byAssignee = view === 'mine' || view === 'unassigned';
  const path = byAssignee ? view : `byStatus.${viewStatus(view)}`;
  const n = byAssignee ? counts[view] : counts.byStatus[viewStatus(view)];
  return n === null || n === undefined ? undefined : { n, capped: (counts.capped ?? []).includes(path) };
}

type Props = { filters: InboxFilters; counts: InboxCounts | undefined; customStatuses: string[]; base: string };

export function InboxViews({ filters, counts, customStatuses, base }: Props) {
  const [params, setParams] = useSearchParams();
  // A view keeps the hat and filters but leaves the open conversation.
  const to = (view: ViewId) => `${base}?${withParams(params, { view: view === 'open' ? '' : view }).toString()}`;
  const item = (view: ViewId, label: string, icon: ReactNode) => {
    const count = countOf(view, counts);
    const active = filters.view === view;
    return (
      <NavLink
        key={view}
        component={Link}
        to={to(view)}
        label={label}
        leftSection={icon}
        active={active}
        aria-current={active ? 'page' : undefined}
        data-view={view}
        rightSection={
          count === undefined ? null : (
            <Badge size="sm" variant={active ? 'filled' : 'light'} color={view === 'mine' && count.n > 0 ? 'blue' : 'gray'} aria-label={`${count.n}${count.capped ? ' or more' : ''} conversations`} data-count={count.n}>
              {compact.format(count.n)}
              {count.capped ? '+' : ''}
            </Badge>
          )
        }
      />
    );
  };
  const setHat = (hat: Hat) => setParams(withParams(params, { hat }));

  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label="Inbox hat"
        size="xs"
        fullWidth
        value={filters.hat}
        onChange={(v) => setHat(v as Hat)}
        data={hats.map((h) => ({ value: h, label: hatLabels[h] }))}
      />
      <nav aria-label="Inbox views">
        {builtinViews.map((v) => item(v.id, v.label, icons[v.id]))}
        {customStatuses.length > 0 ? (
          <>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4}>
              Statuses
            </Text>
            {customStatuses.map((s) => item(`custom:${s}`, statusLabel(s), <IconTag size={16} />))}
          </>
        ) : null}
      </nav>
      {counts && counts.unread > 0 ? (
        <Text size="xs" c="dimmed" px="sm" aria-live="polite">
          <IconCircleDot size={10} style={{ verticalAlign: 'middle' }} /> {counts.unread} unread
        </Text>
      ) : null}
    </Stack>
  );
}
