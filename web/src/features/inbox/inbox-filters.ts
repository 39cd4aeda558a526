// The inbox's view, hat and filters live in the URL (?view=mine&channelId=...), so a view can be
// bookmarked and the back button works; this file turns them into the list API's query.
import { hats, type Hat } from '../../../../src/core/roles.ts';

export type ViewId = 'mine' | 'unassigned' | 'open' | 'pending' | 'snoozed' | 'resolved' | `custom:${string}`;

export type InboxFilters = {
  view: ViewId;
  hat: Hat;
  channelId: string;
  tag: string;
  sentiment: string;
  priority: string;
  assignee: string;
  q: string;
  /** 'true': only conversations with unread messages. */
  unread: string;
};

/** What GET /inbox/conversations is asked. Empty values are dropped by the API client. */
export type ListQuery = { status?: string; hat?: string; assignee?: string; channelId?: string; tag?: string; sentiment?: string; priority?: string; q?: string; unread?: 'true' };

export const builtinViews: { id: ViewId; label: string }[] = [
  { id: 'mine', label: 'Mine' },
  { id: 'unassigned', label: 'Unassigned' },
  { id: 'open', label: 'All open' },
  { id: 'pending', label: 'Pending' },
  { id: 'snoozed', label: 'Snoozed' },
  { id: 'resolved', label: 'Resolved' },
];

const filterKeys = ['channelId', 'tag', 'sentiment', 'priority', 'assignee', 'q', 'unread'] as const;
export type FilterKey = (typeof filterKeys)[number];

export function readFilters(params: URLSearchParams, memberHat: Hat): InboxFilters {
  const hat = hats.find((h) => h === params.get('hat'));
  const view = params.get('view') ?? 'open';
  const known = builtinViews.some((v) => v.id === view) || view.startsWith('custom:');
  const get = (k: FilterKey) => params.get(k) ?? '';
  return {
    view: (known ? view : 'open') as ViewId,
    hat: hat ?? memberHat,
    channelId: get('channelId'),
    tag: get('tag'),
    sentiment: get('sentiment'),
    priority: get('priority'),
    assignee: get('assignee'),
    q: get('q'),
    unread: get('unread') === 'true' ? 'true' : '',
  };
}

/** The same search params with some values changed; empty values are removed. */
export function withParams(params: URLSearchParams, changes: Partial<Record<keyof InboxFilters, string>>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

export const hatQuery = (hat: Hat): string | undefined => (hat === 'both' ? undefined : hat);

export function viewStatus(view: ViewId): string {
  if (view.startsWith('custom:')) return view.slice('custom:'.length);
  return view === 'mine' || view === 'unassigned' ? 'open' : view;
}

export function toListQuery(f: InboxFilters): ListQuery {
  // Mine and Unassigned are views by assignee; the assignee filter narrows every other view.
  const assignee = f.view === 'mine' ? 'me' : f.view === 'unassigned' ? 'unassigned' : f.assignee;
  return {
    status: viewStatus(f.view),
    hat: hatQuery(f.hat),
    assignee: assignee || undefined,
    channelId: f.channelId || undefined,
    tag: f.tag || undefined,
    sentiment: f.sentiment || undefined,
    priority: f.priority || undefined,
    q: f.q || undefined,
    unread: f.unread === 'true' ? 'true' : undefined,
  };
}

export const activeFilterCount = (f: InboxFilters) => filterKeys.filter((k) => f[k] !== '').length;

/** The same search params with every filter removed (the view and the hat stay). */
export const withoutFilters = (params: URLSearchParams) => withParams(params, Object.fromEntries(filterKeys.map((k) => [k, ''])));
