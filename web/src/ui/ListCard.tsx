// The card that holds a page's list: a placeholder until the first answer, the empty state when
// there is nothing, else the table, flush with the card's edges.
import { Card, Skeleton } from '@mantine/core';
import type { ReactNode } from 'react';

type Props<T> = { items: T[] | undefined; empty: ReactNode; children: (items: T[]) => ReactNode };

export function ListCard<T>({ items, empty, children }: Props<T>) {
  return (
    <Card withBorder padding={items?.length ? 0 : 'lg'}>
      {!items ? <Skeleton h={120} /> : items.length === 0 ? empty : children(items)}
    </Card>
  );
}
