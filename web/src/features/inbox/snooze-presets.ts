// Snooze presets on the person's own clock: in an hour, tomorrow at 9:00, next Monday at 9:00.
export type SnoozePreset = { id: string; label: string; at: (now: Date) => Date };

const atNine = (d: Date) => {
  const copy = new Date(d);
  copy.setHours(9, 0, 0, 0);
  return copy;
};

export const snoozePresets: SnoozePreset[] = [
  { id: '1h', label: 'In 1 hour', at: (now) => new Date(now.getTime() + 3_600_000) },
  {
    id: 'tomorrow',
    label: 'Tomorrow 9:00',
    at: (now) => {
      const d = atNine(now);
      d.setDate(d.getDate() + 1);
      return d;
    },
  },
  {
    id: 'next-week',
    label: 'Next week (Monday 9:00)',
    at: (now) => {
      const d = atNine(now);
      // Days until next Monday: 1..7, never today.
      d.setDate(d.getDate() + (((8 - d.getDay()) % 7) || 7));
      return d;
    },
  },
];
