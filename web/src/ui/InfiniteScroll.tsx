// Reads the next page when the end of a list scrolls into view, with a "Load more" button for
// keyboards and for browsers without IntersectionObserver.
import { Center, Loader } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { LoadMore, type Paged } from './LoadMore.tsx';

export function InfiniteScroll({ query, label }: { query: Paged; label?: string }) {
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    const el = sentinel.current;
    if (!el || !hasNextPage || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !isFetchingNextPage) fetchNextPage();
    }, { rootMargin: '300px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  if (!hasNextPage) return null;
  return (
    <>
      <div ref={sentinel} aria-hidden />
      {isFetchingNextPage ? (
        <Center>
          <Loader size="sm" aria-label={label ? `Loading more ${label}` : 'Loading more'} />
        </Center>
      ) : (
        <LoadMore query={query} />
      )}
    </>
  );
}
