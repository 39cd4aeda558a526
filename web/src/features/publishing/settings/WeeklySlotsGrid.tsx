// A channel's queue slots as a week: one column per weekday (Monday first, as the API counts),
// each time a chip that can be removed.
import { CloseButton, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { QueueSlot } from './types.ts';

export const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

type Props = { slots: QueueSlot[]; readOnly: boolean; onRemove: (slot: QueueSlot) => void };

export function WeeklySlotsGrid({ slots, readOnly, onRemove }: Props) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, md: 7 }} spacing="xs" role="list" aria-label="Weekly queue slots">
      {weekdays.map((day, weekday) => {
        const times = slots.filter((s) => s.weekday === weekday).map((s) => s.time).sort();
        return (
          <Paper key={day} withBorder p="xs" role="listitem" aria-label={`${day}: ${times.length ? times.join(', ') : 'no slots'}`}>
            <Text size="sm" fw={600} mb={6}>
              {day}
            </Text>
            <Stack gap={4}>
              {times.length === 0 ? (
                <Text size="xs" c="dimmed">
                  No slots
                </Text>
              ) : (
                times.map((time) => (
                  <Group key={time} gap={4} justify="space-between" wrap="nowrap" bg="var(--mantine-color-default-hover)" px={6} style={{ borderRadius: 4 }}>
                    <Text size="sm" ff="monospace">
                      {time}
                    </Text>
                    {readOnly ? null : <CloseButton size="xs" aria-label={`Remove ${day} ${time}`} onClick={() => onRemove({ weekday, time })} />}
                  </Group>
                ))
              )}
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
