// Posts and free queue slots as FullCalendar events: one event per channel target, coloured by
// the target's state, carrying what the event's content and the drag handler need.
import type { EventInput } from '@fullcalendar/core';
import { excerpt } from '../publishing/PostsTable.tsx';
import { stateColors, stateLabels } from '../publishing/post-states.ts';
import type { Post, PostTarget } from '../publishing/types.ts';

export type TargetEventProps = { kind: 'target'; post: Post; target: PostTarget; label: string };
export type FreeSlot = { channelId: string; at: string };

const color = (name: string) => `var(--mantine-color-${name}-6)`;

/** Only a scheduled post can be moved; published or publishing ones are the network's. */
export const isMovable = (post: Post) => post.state === 'scheduled';

export function targetEvents(posts: Post[], canMove: boolean, channelFilter?: string): EventInput[] {
  const events: EventInput[] = [];
  for (const post of posts) {
    for (const target of post.targets) {
      if (target.state === 'cancelled' || (channelFilter && target.channelId !== channelFilter)) continue;
      const at = target.publishedAt ?? target.scheduledAt ?? post.scheduledAt;
      if (!at) continue;
      const c = stateColors[target.state === 'pending' ? post.state : target.state];
      const label = `${target.channelName} · ${stateLabels[target.state === 'pending' ? post.state : target.state]} · ${excerpt(target.text ?? post.text, 60)}`;
      events.push({
        id: target.id,
        groupId: post.id,
        start: at,
        title: excerpt(target.text ?? post.text, 60),
        backgroundColor: color(c),
        borderColor: color(c),
        editable: canMove && isMovable(post),
        extendedProps: { kind: 'target', post, target, label } satisfies TargetEventProps,
      });
    }
  }
  return events;
}

/** Free slots as background events, half an hour long so they show as bands in the week view. */
export function freeSlotEvents(slots: FreeSlot[], channelName: (id: string) => string): EventInput[] {
  return slots.map((s) => ({
    id: `slot-${s.channelId}-${s.at}`,
    start: s.at,
    end: new Date(new Date(s.at).getTime() + 30 * 60_000).toISOString(),
    display: 'background',
    backgroundColor: 'var(--mantine-color-teal-2)',
    title: `Free slot: ${channelName(s.channelId)}`,
    extendedProps: { kind: 'slot' },
  }));
}
