// The suggestions under the reply box while the person types "/" or "@": a listbox the
// textarea drives with the arrow keys (focus stays in the text), or picked with the mouse.
import { Paper, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';

export type Suggestion = { id: string; label: ReactNode; hint?: string };

type Props = { id: string; label: string; items: Suggestion[]; active: number; onPick: (index: number) => void; empty: string };

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

export function SuggestionList({ id, label, items, active, onPick, empty }: Props) {
  return (
    <Paper withBorder shadow="md" p={4} className="inbox-suggestions">
      {items.length === 0 ? (
        <Text size="xs" c="dimmed" p="xs">
          {empty}
        </Text>
      ) : (
        <div role="listbox" id={id} aria-label={label}>
          {items.map((item, i) => (
            <UnstyledButton
              key={item.id}
              id={optionId(id, i)}
              role="option"
              aria-selected={i === active}
              className="inbox-suggestion"
              data-active={i === active || undefined}
              tabIndex={-1}
              // mousedown, not click: the textarea must not lose focus (and its caret) first.
              onMouseDown={(e) => {
                e.preventDefault();
                onPick(i);
              }}
            >
              <Text size="sm" span>
                {item.label}
              </Text>
              {item.hint ? (
                <Text size="xs" c="dimmed" span ml="xs" lineClamp={1}>
                  {item.hint}
                </Text>
              ) : null}
            </UnstyledButton>
          ))}
        </div>
      )}
    </Paper>
  );
}
