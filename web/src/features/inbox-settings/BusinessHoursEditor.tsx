// Opening hours per weekday in one time zone (around the clock when switched off). A day with no
// range is closed; a day may have several ranges (09:00-12:00 and 13:00-17:00).
import { ActionIcon, Button, Checkbox, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { weekdays, type BusinessHours, type Weekday } from '../../api/inbox-settings-types.ts';
import { browserTimeZone, TimeZoneSelect } from '../workspaces/TimeZoneSelect.tsx';

const dayNames: Record<Weekday, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
export const officeHours = (timeZone: string): BusinessHours => ({
  timeZone,
  week: Object.fromEntries(weekdays.filter((d) => d !== 'sat' && d !== 'sun').map((d) => [d, [['09:00', '17:00']]])) as BusinessHours['week'],
});

// A time input cannot say 24:00; closing at 00:00 means at midnight, which the server writes 24:00.
const closing = (t: string) => (t === '00:00' ? '24:00' : t);

/** The first range that ends before it starts, as "Tuesday", to show before saving. */
export function badRangeDay(hours: BusinessHours | null): string | null {
  if (!hours) return null;
  const day = weekdays.find((d) => (hours.week[d] ?? []).some(([from, to]) => !from || !to || from >= to));
  return day ? dayNames[day] : null;
}

type Props = { value: BusinessHours | null; onChange: (v: BusinessHours | null) => void; defaultTimeZone: string };

export function BusinessHoursEditor({ value, onChange, defaultTimeZone }: Props) {
  const setDay = (day: Weekday, ranges: [string, string][]) => value && onChange({ ...value, week: { ...value.week, [day]: ranges } });
  return (
    <Stack gap="xs">
      <Switch
        label="Count business hours only"
        description="Off: the clock runs around the clock, every day."
        checked={value !== null}
        onChange={(e) => onChange(e.currentTarget.checked ? officeHours(defaultTimeZone || browserTimeZone()) : null)}
      />
      {value ? (
        <>
          <TimeZoneSelect value={value.timeZone} onChange={(tz) => tz && onChange({ ...value, timeZone: tz })} maw={320} />
          <Stack gap={6} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" size="sm" fw={500} mb={4}>
              Opening hours
            </Text>
            <Text size="xs" c="dimmed">
              Closing at 00:00 means at midnight.
            </Text>
            {weekdays.map((day) => {
              const ranges = value.week[day] ?? [];
              return (
                <Group key={day} gap="xs" align="center" wrap="wrap">
                  <Checkbox w={130} label={dayNames[day]} checked={ranges.length > 0} onChange={(e) => setDay(day, e.currentTarget.checked ? [['09:00', '17:00']] : [])} />
                  {ranges.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      Closed
                    </Text>
                  ) : (
                    ranges.map(([from, to], i) => (
                      <Group key={i} gap={4} wrap="nowrap">
                        <TextInput type="time" size="xs" w={110} aria-label={`${dayNames[day]} opens`} value={from} onChange={(e) => setDay(day, ranges.map((r, j) => (j === i ? [e.currentTarget.value, r[1]] : r)))} />
                        <Text size="sm">–</Text>
                        <TextInput type="time" size="xs" w={110} aria-label={`${dayNames[day]} closes`} value={to === '24:00' ? '00:00' : to} onChange={(e) => setDay(day, ranges.map((r, j) => (j === i ? [r[0], closing(e.currentTarget.value)] : r)))} />
                        {ranges.length > 1 ? (
                          <ActionIcon size="sm" variant="subtle" color="gray" aria-label={`Remove ${dayNames[day]} range ${i + 1}`} onClick={() => setDay(day, ranges.filter((_, j) => j !== i))}>
                            <IconX size={14} />
                          </ActionIcon>
                        ) : null}
                      </Group>
                    ))
                  )}
                  {ranges.length > 0 && ranges.length < 4 ? (
                    <Button size="compact-xs" variant="subtle" leftSection={<IconPlus size={12} />} aria-label={`Add a range on ${dayNames[day]}`} onClick={() => setDay(day, [...ranges, ['13:00', '17:00']])}>
                      Range
                    </Button>
                  ) : null}
                </Group>
              );
            })}
          </Stack>
        </>
      ) : null}
    </Stack>
  );
}
