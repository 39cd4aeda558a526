// Settings > Queue slots: for each channel, the weekly times "Add to queue" fills, read in the
// workspace time zone. The slots are edited here and saved whole.
import { Alert, Button, Group, Select, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { FormError } from '../../../ui/FormError.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { useCurrentWorkspace } from '../../workspaces/useCurrentWorkspace.ts';
import { usePublishChannels } from '../useChannelsForComposer.ts';
import { AddSlotForm } from './AddSlotForm.tsx';
import type { QueueSlot } from './types.ts';
import { useQueueSlots, useSaveQueueSlots } from './useQueueSlots.ts';
import { WeeklySlotsGrid } from './WeeklySlotsGrid.tsx';

const same = (a: QueueSlot, b: QueueSlot) => a.weekday === b.weekday && a.time === b.time;

export function QueueSlotsPage() {
  const { workspace, can } = useCurrentWorkspace();
  const editable = can('queues.manage');
  const { channels, error } = usePublishChannels(workspace.id);
  const [channelId, setChannelId] = useState<string | null>(null);
  const selected = channelId ?? channels?.[0]?.id ?? null;
  const slots = useQueueSlots(workspace.id, selected);
  const save = useSaveQueueSlots(workspace.id);
  const [draft, setDraft] = useState<QueueSlot[] | null>(null);
  useEffect(() => {
    setDraft(slots.data ? slots.data.slots : null);
  }, [slots.data]);

  const add = (more: QueueSlot[]) => setDraft((d) => [...(d ?? []), ...more.filter((s) => !(d ?? []).some((x) => same(x, s)))]);
  const remove = (slot: QueueSlot) => setDraft((d) => d && d.filter((s) => !same(s, slot)));
  const onSave = () =>
    selected && draft && save.mutate({ channelId: selected, slots: draft }, { onSuccess: () => notifications.show({ color: 'green', message: 'Queue slots saved' }) });

  return (
    <Stack maw={1100}>
      <PageHeader title="Queue slots" description={`The weekly times each channel's queue fills, in the workspace time zone (${slots.data?.timeZone ?? workspace.timeZone}).`} />
      {editable ? null : <Alert color="gray">Your role can see the queue slots but not change them.</Alert>}
      <FormError error={error ?? slots.error} title="Queue slots could not be loaded" />
      <Select
        label="Channel"
        w={320}
        allowDeselect={false}
        placeholder={channels?.length === 0 ? 'No channel can publish yet' : undefined}
        data={(channels ?? []).map((c) => ({ value: c.id, label: `${c.displayName} (${c.networkName})` }))}
        value={selected}
        onChange={setChannelId}
      />
      {!selected ? (
        channels ? (
          <Text c="dimmed" size="sm">
            Connect a channel that publishes to give it a queue.
          </Text>
        ) : (
          <Skeleton h={160} />
        )
      ) : !draft ? (
        <Skeleton h={160} />
      ) : (
        <>
          <WeeklySlotsGrid slots={draft} readOnly={!editable} onRemove={remove} />
          {editable ? <AddSlotForm onAdd={add} /> : null}
          <FormError error={save.error} title="The slots were not saved" />
          {editable ? (
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDraft(slots.data?.slots ?? null)}>
                Discard changes
              </Button>
              <Button onClick={onSave} loading={save.isPending}>
                Save slots
              </Button>
            </Group>
          ) : null}
        </>
      )}
    </Stack>
  );
}
