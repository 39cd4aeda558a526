// The unified inbox: views with counts on the left, the filtered conversation list, the open
// conversation, and the person beside it. The whole triage loop also runs from the keyboard.
import { Drawer, EmptyState, Group, Kbd, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconMessages } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useSignedInSession } from '../auth/useSession.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { BulkBar } from './BulkBar.tsx';
import { ConversationList } from './ConversationList.tsx';
import { ConversationPane, type PaneCommands } from './ConversationPane.tsx';
import { hatQuery, readFilters, toListQuery } from './inbox-filters.ts';
import { InboxFilterBar } from './InboxFilterBar.tsx';
import { InboxViews } from './InboxViews.tsx';
import { PersonPanel } from './PersonPanel.tsx';
import { RefreshButton } from './RefreshButton.tsx';
import type { ShortcutId } from './shortcuts.ts';
import { ShortcutsHelp } from './ShortcutsHelp.tsx';
import { useConversation } from './useConversation.ts';
import { useConversations, useInboxCounts } from './useConversations.ts';
import { useCustomStatuses } from './useInboxSettings.ts';
import { useInboxShortcuts } from './useInboxShortcuts.ts';
import { useTeammates } from './useTeammates.ts';
import './inbox.css';

export function InboxPage() {
  const { workspace, can } = useCurrentWorkspace();
  const me = useSignedInSession().user;
  const { conversationId } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filters = readFilters(params, workspace.hat);
  const list = useConversations(workspace.id, toListQuery(filters));
  const counts = useInboxCounts(workspace.id, hatQuery(filters.hat));
  const customStatuses = useCustomStatuses(workspace.id);
  const teammates = useTeammates(workspace.id);
  const open = useConversation(workspace.id, conversationId);
  const commands = useRef<PaneCommands | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  // Wide screens show the person as a fourth column; narrower ones in a drawer on demand.
  const wide = useMediaQuery('(min-width: 1600px)', true) ?? true;
  const [personShown, setPersonShown] = useState(false);

  const items = useMemo(() => list.data?.pages.flatMap((p) => p.items), [list.data]);
  const knownTags = useMemo(() => [...new Set((items ?? []).flatMap((c) => c.tags))].sort(), [items]);
  const base = `/w/${workspace.id}/inbox`;
  const search = params.toString();
  const hrefFor = (id: string) => `${base}/${id}${search ? `?${search}` : ''}`;
  // At once rather than as a transition: the triage loop (e, Enter, merge) must show where it went.
  const openId = (id: string) => navigate(hrefFor(id), { flushSync: true });

  // The keyboard cursor follows the open conversation, and j/k move it from there.
  const [cursor, setCursor] = useState(0);
  const openIndex = items?.findIndex((c) => c.id === conversationId) ?? -1;
  useEffect(() => {
    if (openIndex >= 0) setCursor(openIndex);
  }, [openIndex]);
  const count = items?.length ?? 0;

  // Rows picked for a bulk change; a new view or filter starts with none.
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setPicked(new Set()), [search]);
  const togglePicked = (id: string) =>
    setPicked((now) => {
      const next = new Set(now);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const selection = can('inbox.manage') ? { ids: picked, toggle: togglePicked } : undefined;

  // After resolving or snoozing: the next conversation of the list (the one below, else above).
  const openNext = () => {
    if (!items) return;
    const i = items.findIndex((c) => c.id === conversationId);
    const next = items[i + 1] ?? items[i - 1];
    if (next && next.id !== conversationId) openId(next.id);
    else navigate(`${base}${search ? `?${search}` : ''}`);
  };

  useInboxShortcuts((id: ShortcutId) => {
    const pane = commands.current;
    switch (id) {
      case 'next':
        if (count === 0) return false;
        setCursor((c) => Math.min(c + 1, count - 1));
        if (!list.isFetchingNextPage && list.hasNextPage && cursor >= count - 3) void list.fetchNextPage();
        return;
      case 'previous':
        if (count === 0) return false;
        setCursor((c) => Math.max(c - 1, 0));
        return;
      case 'open': {
        const target = items?.[cursor];
        if (!target) return false;
        openId(target.id);
        return;
      }
      case 'select': {
        const target = items?.[cursor];
        if (!target || !selection) return false;
        selection.toggle(target.id);
        return;
      }
      case 'help':
        setHelpOpen(true);
        return;
    }
    if (!pane) return false;
    if (id === 'reply') pane.reply();
    else if (id === 'note') pane.note();
    else if (id === 'assignMe') pane.assignMe();
    else if (id === 'assignMenu') pane.openMenu('assign');
    else if (id === 'resolve') pane.resolve();
    else if (id === 'snooze') pane.openMenu('snooze');
    else if (id === 'priority') pane.openMenu('priority');
    else if (id === 'tag') pane.openMenu('tags');
    else return false;
  });

  const personId = open.data?.conversation.person?.id ?? null;
  const panel = conversationId ? (
    <PersonPanel workspaceId={workspace.id} personId={personId} conversationId={conversationId} canWritePerson={can('people.write')} hrefFor={hrefFor} />
  ) : null;

  return (
    <div className="inbox-page" data-person={wide && conversationId ? 'column' : 'drawer'}>
      <div className="inbox-views">
        <Group justify="space-between" mb="xs" px="sm" wrap="nowrap">
          <Title order={1} size="h4">
            Inbox
          </Title>
          {can('inbox.manage') ? <RefreshButton workspaceId={workspace.id} /> : null}
        </Group>
        <InboxViews filters={filters} counts={counts.data} customStatuses={customStatuses} base={base} />
        <Text size="xs" c="dimmed" px="sm" mt="md">
          Press <Kbd size="xs">?</Kbd> for shortcuts
        </Text>
      </div>
      <div className="inbox-filterbar">
        <InboxFilterBar workspaceId={workspace.id} filters={filters} teammates={teammates} knownTags={knownTags} />
      </div>
      <ConversationList
        items={items}
        error={list.error}
        query={list}
        selectedId={conversationId}
        cursor={cursor}
        hrefFor={hrefFor}
        selection={selection}
        header={picked.size > 0 ? <BulkBar workspaceId={workspace.id} selected={[...picked]} teammates={teammates} knownTags={knownTags} onDone={() => setPicked(new Set())} /> : null}
      />
      <div className="inbox-pane-column">
        {conversationId ? (
          <ConversationPane
            key={conversationId}
            workspaceId={workspace.id}
            conversationId={conversationId}
            meId={me.id}
            teammates={teammates}
            customStatuses={customStatuses}
            knownTags={knownTags}
            can={{ reply: can('inbox.reply'), manage: can('inbox.manage') }}
            commands={commands}
            onDone={openNext}
            onOpen={openId}
            personToggle={wide ? null : { shown: personShown, onToggle: () => setPersonShown((s) => !s) }}
          />
        ) : (
          <Stack h="100%" justify="center">
            <EmptyState icon={<IconMessages />} title="Pick a conversation" description="Open one from the list, or move with j and k and press Enter." />
          </Stack>
        )}
      </div>
      {wide && panel ? <div className="inbox-person-column">{panel}</div> : null}
      {!wide ? (
        <Drawer opened={personShown && Boolean(panel)} onClose={() => setPersonShown(false)} position="right" size={360} title="Person">
          {panel}
        </Drawer>
      ) : null}
      <ShortcutsHelp opened={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
