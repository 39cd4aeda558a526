// The filters over the list: search, channel, tag, sentiment, priority and assignee. They
// narrow whatever view is chosen and live in the URL beside it.
import { Autocomplete, Button, Chip, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useChannels } from '../channels/useChannels.ts';
import { activeFilterCount, withoutFilters, withParams, type FilterKey, type InboxFilters } from './inbox-filters.ts';
import { priorities, priorityLabels, sentimentLabels, sentiments } from './inbox-labels.ts';
import type { Teammate } from './useTeammates.ts';

type Props = { workspaceId: string; filters: InboxFilters; teammates: Teammate[]; knownTags: string[] };

export function InboxFilterBar({ workspaceId, filters, teammates, knownTags }: Props) {
  const [params, setParams] = useSearchParams();
  const channels = useChannels(workspaceId);
  const set = (key: FilterKey, value: string | null) => setParams(withParams(params, { [key]: value ?? '' }), { replace: true });
  // Typing is kept here and sent to the URL (and the API) when the person pauses.
  const [q, setQ] = useState(filters.q);
  const [tag, setTag] = useState(filters.tag);
  const sendQ = useDebouncedCallback((v: string) => set('q', v.trim()), 350);
  const sendTag = useDebouncedCallback((v: string) => set('tag', v.trim()), 350);
  const byAssignee = filters.view === 'mine' || filters.view === 'unassigned';
  const clear = () => {
    setQ('');
    setTag('');
    setParams(withoutFilters(params), { replace: true });
  };

  return (
    <Group gap="xs" wrap="wrap" role="search" aria-label="Filter conversations">
      <TextInput
        size="xs"
        w={150}
        aria-label="Search conversations"
        placeholder="Search"
        leftSection={<IconSearch size={14} />}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          sendQ(e.currentTarget.value);
        }}
      />
      <Select
        size="xs"
        w={140}
        aria-label="Channel"
        placeholder="All channels"
        clearable
        searchable
        data={(channels.data ?? []).map((c) => ({ value: c.id, label: c.displayName }))}
        value={filters.channelId || null}
        onChange={(v) => set('channelId', v)}
      />
      <Autocomplete
        size="xs"
        w={100}
        aria-label="Tag"
        placeholder="Any tag"
        data={knownTags}
        value={tag}
        onChange={(v) => {
          setTag(v);
          sendTag(v);
        }}
      />
      <Select
        size="xs"
        w={115}
        aria-label="Sentiment"
        placeholder="Any sentiment"
        clearable
        data={sentiments.map((s) => ({ value: s, label: sentimentLabels[s] }))}
        value={filters.sentiment || null}
        onChange={(v) => set('sentiment', v)}
      />
      <Select
        size="xs"
        w={105}
        aria-label="Priority"
        placeholder="Any priority"
        clearable
        data={priorities.map((p) => ({ value: p, label: priorityLabels[p] }))}
        value={filters.priority || null}
        onChange={(v) => set('priority', v)}
      />
      <Select
        size="xs"
        w={120}
        aria-label="Assignee"
        placeholder={byAssignee ? 'Set by the view' : 'Anyone'}
        disabled={byAssignee}
        clearable
        searchable
        data={[{ value: 'me', label: 'Me' }, { value: 'unassigned', label: 'Unassigned' }, ...teammates.map((t) => ({ value: t.userId, label: t.name }))]}
        value={byAssignee ? null : filters.assignee || null}
        onChange={(v) => set('assignee', v)}
      />
      <Chip size="xs" checked={filters.unread === 'true'} onChange={(on) => set('unread', on ? 'true' : '')} aria-label="Unread only">
        Unread
      </Chip>
      {activeFilterCount(filters) > 0 ? (
        <Button size="xs" variant="subtle" color="gray" leftSection={<IconFilterOff size={14} />} onClick={clear}>
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
