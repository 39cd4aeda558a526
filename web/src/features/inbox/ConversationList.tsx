// The middle column: the view's conversations, newest activity first. The next page loads as
// the person scrolls near the end; the keyboard cursor (j/k) is kept in sight. Those who may
// change conversations select rows with the checkbox beside each (the bulk bar shows above).
import { Center, Checkbox, EmptyState, Loader, ScrollArea, Skeleton, Stack } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
import type { ConversationSummary } from '../../api/inbox-types.ts';
import { FormError } from '../../ui/FormError.tsx';
import { LoadMore } from '../../ui/LoadMore.tsx';
import { ConversationRow } from './ConversationRow.tsx';
import { conversationTitle } from './inbox-labels.ts';

type Props = {
  items: ConversationSummary[] | undefined;
  error: unknown;
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  selectedId: string | undefined;
  cursor: number;
  hrefFor: (id: string) => string;
  /** The rows picked for a bulk change; absent for those who may not change conversations. */
  selection?: { ids: ReadonlySet<string>; toggle: (id: string) => void };
  header?: ReactNode;
};

export function ConversationList({ items, error, query, selectedId, cursor, hrefFor, selection, header }: Props) {
  const viewport = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const rows = useRef(new Map<number, HTMLAnchorElement>());

  // Infinite scroll: when the sentinel under the last row comes near, ask for the next page.
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    const target = sentinel.current;
    if (!target || !hasNextPage) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
      },
      { root: viewport.current, rootMargin: '200px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, items?.length]);

  useEffect(() => {
    rows.current.get(cursor)?.scrollIntoView({ block: 'nearest' });
  }, [cursor]);

  let body;
  if (error && !items) body = <FormError error={error} title="Conversations could not be loaded" />;
  else if (!items) body = <Skeleton h={240} m="sm" />;
  else if (items.length === 0) body = <EmptyState size="sm" icon={<IconInbox />} title="Nothing here" description="No conversation in this view matches." />;
  else
    body = (
      <ul className="inbox-list" aria-label="Conversation list">
        {items.map((c, i) => (
          <li key={c.id} className={selection ? 'inbox-list-item inbox-list-item-selectable' : 'inbox-list-item'}>
            {selection ? (
              <Checkbox
                className="inbox-row-select"
                size="xs"
                aria-label={`Select ${conversationTitle(c)}`}
                checked={selection.ids.has(c.id)}
                onChange={() => selection.toggle(c.id)}
              />
            ) : null}
            <ConversationRow
              ref={(el) => {
                if (el) rows.current.set(i, el);
                else rows.current.delete(i);
              }}
              conversation={c}
              to={hrefFor(c.id)}
              selected={c.id === selectedId}
              cursor={i === cursor}
            />
          </li>
        ))}
      </ul>
    );

  return (
    <section aria-label="Conversations" className="inbox-list-column">
      {header}
      <ScrollArea viewportRef={viewport} h="100%" type="auto">
        {body}
        <div ref={sentinel} aria-hidden style={{ height: 1 }} />
        {query.isFetchingNextPage ? (
          <Center py="sm">
            <Loader size="sm" aria-label="Loading more conversations" />
          </Center>
        ) : (
          <Stack p="sm">
            <LoadMore query={query} />
          </Stack>
        )}
      </ScrollArea>
    </section>
  );
}
