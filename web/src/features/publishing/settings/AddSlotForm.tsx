// Adds a weekday + time slot (or the same time on every weekday) to the slots being edited.
import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { QueueSlot } from './types.ts';
import { weekdays } from './WeeklySlotsGrid.tsx';

const EVERY_DAY = 'every';
const WEEKDAYS = 'weekdays';

export function AddSlotForm({ onAdd }: { onAdd: (slots: QueueSlot[]) => void }) {
  const [day, setDay] = useState<string>('0');
  const [time, setTime] = useState('09:00');
  const valid = /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
  const add = () => {
    const days = day === EVERY_DAY ? [0, 1, 2, 3, 4, 5, 6] : day === WEEKDAYS ? [0, 1, 2, 3, 4] : [Number(day)];
    onAdd(days.map((weekday) => ({ weekday, time })));
  };
  return (
    <Group align="flex-end" role="group" aria-label="Add a slot">
      <Select
        label="Day"
        w={200}
        allowDeselect={false}
        value={day}
        onChange={(v) => setDay(v ?? '0')}
        data={[...weekdays.map((d, i) => ({ value: String(i), label: d })), { value: WEEKDAYS, label: 'Monday to Friday' }, { value: EVERY_DAY, label: 'Every day' }]}
      />
      <TextInput label="Time" type="time" w={140} value={time} onChange={(e) => setTime(e.currentTarget.value)} error={valid ? undefined : 'HH:mm'} />
      <Button variant="default" leftSection={<IconPlus size={16} />} onClick={add} disabled={!valid}>
        Add slot
      </Button>
    </Group>
  );
}
