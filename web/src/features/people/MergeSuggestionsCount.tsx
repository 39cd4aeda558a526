// The navbar's badge: how many merge suggestions wait for review (nothing when none).
import { Badge } from '@mantine/core';
import { useMergeSuggestions } from './useMerges.ts';

export function MergeSuggestionsCount({ workspaceId }: { workspaceId: string }) {
  const suggestions = useMergeSuggestions(workspaceId);
  const count = suggestions.data?.items.length ?? 0;
  if (count === 0) return null;
  const shown = suggestions.data?.nextCursor ? `${count}+` : String(count);
  return (
    <Badge size="sm" variant="filled" circle={shown.length < 3} aria-label={`${shown} pending`}>
      {shown}
    </Badge>
  );
}
