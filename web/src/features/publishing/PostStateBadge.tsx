// A post's or target's state as a coloured badge.
import { Badge } from '@mantine/core';
import { stateColors, stateLabels } from './post-states.ts';
import type { PostState, TargetState } from './types.ts';

export function PostStateBadge({ state, size = 'sm' }: { state: PostState | TargetState; size?: 'xs' | 'sm' | 'md' }) {
  return (
    <Badge color={stateColors[state]} variant="light" size={size} data-state={state}>
      {stateLabels[state]}
    </Badge>
  );
}
