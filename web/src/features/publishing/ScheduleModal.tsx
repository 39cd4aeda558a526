// Pick the date and time a post goes out, on the wall clock of the workspace's time zone or the
// person's own; the zone used is always shown next to the time.
import { Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { DialogFormButtons } from '../../ui/DialogFormButtons.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { RecurrenceFields } from './RecurrenceFields.tsx';
import { browserTimeZone, localInputValue } from './schedule-time.ts';
import type { Recurrence, ScheduleInput } from './types.ts';

type Props = {
  opened: boolean;
  onClose: () => void;
  workspaceTimeZone: string;
  initial: string | null;
  initialRecurrence: Recurrence | null;
  onSchedule: (input: ScheduleInput) => Promise<unknown>;
  error: unknown;
  loading: boolean;
};

export function ScheduleModal({ opened, onClose, workspaceTimeZone, initial, initialRecurrence, onSchedule, error, loading }: Props) {
  const mine = browserTimeZone();
  const [zone, setZone] = useState(workspaceTimeZone);
  // Default: the time already chosen, else the next full hour.
  const start = initial ? new Date(initial) : new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000);
  const [localTime, setLocalTime] = useState(() => localInputValue(start, workspaceTimeZone));
  const [recurrence, setRecurrence] = useState<Recurrence | null>(initialRecurrence);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void onSchedule({ localTime, timeZone: zone, recurrence }).then(onClose, () => undefined);
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Schedule the post">
      <form onSubmit={submit}>
        <Stack>
          {mine !== workspaceTimeZone ? (
            <SegmentedControl
              aria-label="Time zone"
              value={zone}
              onChange={setZone}
              data={[
                { value: workspaceTimeZone, label: `Workspace (${workspaceTimeZone})` },
                { value: mine, label: `Mine (${mine})` },
              ]}
            />
          ) : null}
          <TextInput type="datetime-local" label="Publish at" description={`Time in ${zone}`} required data-autofocus value={localTime} onChange={(e) => setLocalTime(e.currentTarget.value)} />
          <RecurrenceFields value={recurrence} onChange={setRecurrence} />
          <Text size="xs" c="dimmed">
            Every channel of the post is published at this time.
          </Text>
          <FormError error={error} />
          <DialogFormButtons onCancel={onClose} loading={loading} disabled={!localTime}>
            Schedule
          </DialogFormButtons>
        </Stack>
      </form>
    </Modal>
  );
}
