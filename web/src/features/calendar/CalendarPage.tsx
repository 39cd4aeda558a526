// The publishing calendar: every channel's posts by month, week or as a list, coloured by state,
// with the queue's free slots in the week view. Scheduled posts can be dragged to a new time.
import type { DatesSetArg, EventClickArg, EventDropArg, EventMountArg } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { Button, Card, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { FormError } from '../../ui/FormError.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { notifyFailure } from '../../ui/notifyFailure.ts';
import { usePublishChannels } from '../publishing/useChannelsForComposer.ts';
import { usePosts } from '../publishing/usePosts.ts';
import { useReschedulePost } from '../publishing/useWorkflow.ts';
import { browserTimeZone } from '../publishing/schedule-time.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { CalendarFilters, noFilter, type CalendarFilter } from './CalendarFilters.tsx';
import { EventContent } from './EventContent.tsx';
import { freeSlotEvents, targetEvents, type TargetEventProps } from './calendar-events.ts';
import { useFreeSlots } from './useFreeSlots.ts';
import './calendar.css';

const plugins = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin];

export function CalendarPage() {
  const { workspace, can } = useCurrentWorkspace();
  const navigate = useNavigate();
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const [view, setView] = useState('dayGridMonth');
  const [filter, setFilter] = useState<CalendarFilter>(noFilter);
  const { channels } = usePublishChannels(workspace.id);
  const posts = usePosts(
    workspace.id,
    { ...range, channelId: filter.channelId ?? undefined, campaignId: filter.campaignId ?? undefined, label: filter.label ?? undefined, state: filter.state ?? undefined },
    range !== null,
  );
  const slots = useFreeSlots(workspace.id, range, filter.channelId ?? undefined, view.startsWith('timeGrid'));
  const reschedule = useReschedulePost(workspace.id);
  const channelName = (id: string) => channels?.find((c) => c.id === id)?.displayName ?? 'a channel';
  const events = [...targetEvents(posts.data ?? [], can('posts.write'), filter.channelId ?? undefined), ...(view.startsWith('timeGrid') ? freeSlotEvents(slots.data ?? [], channelName) : [])];

  const onDates = (arg: DatesSetArg) => {
    setView(arg.view.type);
    setRange((r) => (r?.from === arg.start.toISOString() && r.to === arg.end.toISOString() ? r : { from: arg.start.toISOString(), to: arg.end.toISOString() }));
  };
  const onDrop = (arg: EventDropArg) => {
    const { post } = arg.event.extendedProps as TargetEventProps;
    if (!arg.event.start) return arg.revert();
    reschedule.mutate(
      { postId: post.id, at: arg.event.start.toISOString(), timeZone: post.timeZone ?? undefined },
      { onSuccess: () => notifications.show({ color: 'teal', message: 'Rescheduled' }), onError: (e) => (arg.revert(), notifyFailure('The post could not be moved')(e)) },
    );
  };
  const onClick = (arg: EventClickArg) => {
    const props = arg.event.extendedProps as TargetEventProps;
    if (props.kind !== 'target') return;
    arg.jsEvent.preventDefault();
    // A published post opens on its network; the others open in the composer (or the review page for approvers).
    if (props.target.url) window.open(props.target.url, '_blank', 'noopener');
    else navigate(`/w/${workspace.id}/posts/${props.post.id}`);
  };
  const onMount = (arg: EventMountArg) => {
    const props = arg.event.extendedProps as TargetEventProps | { kind: 'slot' };
    if (props.kind === 'target') {
      arg.el.setAttribute('aria-label', props.target.url ? `${props.label} · open on the network` : props.label);
      arg.el.setAttribute('data-state', props.target.state);
      if (props.target.url) arg.el.setAttribute('data-url', props.target.url);
    } else arg.el.setAttribute('aria-label', String(arg.event.title));
  };
  const newPost = can('posts.write') ? (
    <Button component={Link} to={`/w/${workspace.id}/posts/new`} leftSection={<IconPlus size={18} />}>
      New post
    </Button>
  ) : null;

  return (
    <Stack maw={1400}>
      <PageHeader title="Calendar" description={`Every channel's posts. Times in your time zone (${browserTimeZone()}).`} action={newPost} />
      <CalendarFilters value={filter} onChange={setFilter} channels={channels ?? []} />
      <FormError error={posts.error} title="Posts could not be loaded" />
      <Card withBorder padding="sm" role="region" aria-label="Calendar">
        <FullCalendar
          plugins={plugins}
          initialView="dayGridMonth"
          headerToolbar={{ left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listWeek' }}
          // Text arrows: FullCalendar's icon font is a data: URL, which the server's CSP refuses.
          buttonIcons={false}
          buttonText={{ prev: '‹ Previous', next: 'Next ›', today: 'Today', month: 'Month', week: 'Week', list: 'List' }}
          firstDay={1}
          // The week view scrolls inside a fixed height, opened at the working morning.
          height={view.startsWith('timeGrid') ? 760 : 'auto'}
          scrollTime="08:00:00"
          slotLabelFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
          dayHeaderFormat={view === 'dayGridMonth' ? { weekday: 'short' } : { weekday: 'short', day: 'numeric', month: 'short' }}
          nowIndicator
          dayMaxEvents={4}
          // Blocks in the state's colour in the month view too (not dots), so the text on them is readable.
          eventDisplay="block"
          events={events}
          eventContent={EventContent}
          eventDidMount={onMount}
          eventClick={onClick}
          eventDrop={onDrop}
          eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
          datesSet={onDates}
        />
      </Card>
      {view.startsWith('timeGrid') ? (
        <Text size="xs" c="dimmed">
          Green bands are free queue slots: “Add to queue” fills the next one.
        </Text>
      ) : null}
    </Stack>
  );
}
