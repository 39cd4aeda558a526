// Pick a moment in the future on the person's own clock: for "send later" and "snooze until".
import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { DialogFormButtons } from '../../ui/DialogFormButtons.tsx';
import { browserTimeZone, localInputValue } from '../publishing/schedule-time.ts';

type Props = { opened: boolean; onClose: () => void; title: string; label: string; submitLabel: string; initial: Date; onPick: (iso: string) => Promise<unknown> | void };

export function DateTimeModal({ opened, onClose, title, label, submitLabel, initial, onPick }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      {/* Mounted only while open, so each opening starts from the suggested time. */}
      {opened ? <DateTimeForm onClose={onClose} label={label} submitLabel={submitLabel} initial={initial} onPick={onPick} /> : null}
    </Modal>
  );
}

function DateTimeForm({ onClose, label, submitLabel, initial, onPick }: Omit<Props, 'opened' | 'title'>) {
  const zone = browserTimeZone();
  const [value, setValue] = useState(() => localInputValue(initial, zone));
  const [busy, setBusy] = useState(false);
  // A datetime-local value has no zone: the browser reads it on its own clock.
  const at = value ? new Date(value) : null;
  const past = at !== null && at.getTime() <= Date.now();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!at || past) return;
    setBusy(true);
    try {
      await onPick(at.toISOString());
      onClose();
    } catch {
      // The caller has shown why; the dialog stays open to try another time.
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit}>
      <Stack>
        <TextInput type="datetime-local" label={label} description={`Time in ${zone}`} required data-autofocus value={value} onChange={(e) => setValue(e.currentTarget.value)} error={past ? 'Pick a time in the future' : undefined} />
        <Text size="xs" c="dimmed">
          Teammates see the time in their own zone.
        </Text>
        <DialogFormButtons onCancel={onClose} loading={busy} disabled={!at || past}>
          {submitLabel}
        </DialogFormButtons>
      </Stack>
    </form>
  );
}
