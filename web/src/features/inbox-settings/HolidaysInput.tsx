// Days on which the SLA clock stops (in the policy's time zone), as ISO dates.
import { Badge, Button, CloseButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { formatDate } from '../../ui/format.ts';

export function HolidaysInput({ value, onChange }: { value: string[]; onChange: (v: string[]) => void }) {
  const [day, setDay] = useState('');
  const add = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || value.includes(day)) return;
    onChange([...value, day].sort());
    setDay('');
  };
  return (
    <Stack gap={6}>
      <Group gap="xs" align="flex-end">
        <TextInput label="Holidays" description="The clock stops on these days." type="date" value={day} onChange={(e) => setDay(e.currentTarget.value)} w={200} />
        <Button variant="default" onClick={add} disabled={!day || value.includes(day)}>
          Add holiday
        </Button>
      </Group>
      {value.length === 0 ? (
        <Text size="xs" c="dimmed">
          No holidays.
        </Text>
      ) : (
        <Group gap={6} role="list" aria-label="Holidays">
          {value.map((d) => (
            <Badge key={d} role="listitem" variant="light" tt="none" rightSection={<CloseButton size="xs" aria-label={`Remove ${d}`} onClick={() => onChange(value.filter((x) => x !== d))} />}>
              {formatDate(`${d}T12:00:00`)}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}
