// Narrow the calendar to one channel, campaign, label or state.
import { Group, Select } from '@mantine/core';
import { useCampaigns } from '../campaigns/useCampaigns.ts';
import { stateLabels } from '../publishing/post-states.ts';
import { postStates } from '../publishing/types.ts';
import { useLabels } from '../publishing/useComposerData.ts';
import type { PublishChannel } from '../publishing/useChannelsForComposer.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';

export type CalendarFilter = { channelId: string | null; campaignId: string | null; label: string | null; state: string | null };
export const noFilter: CalendarFilter = { channelId: null, campaignId: null, label: null, state: null };

export function CalendarFilters({ value, onChange, channels }: { value: CalendarFilter; onChange: (v: CalendarFilter) => void; channels: PublishChannel[] }) {
  const { workspace, can } = useCurrentWorkspace();
  const campaigns = useCampaigns(workspace.id, can('campaigns.read'));
  const labels = useLabels(workspace.id);
  const set = (patch: Partial<CalendarFilter>) => onChange({ ...value, ...patch });
  const common = { clearable: true, w: 200, size: 'sm' as const };
  return (
    <Group gap="sm" role="search" aria-label="Calendar filters">
      <Select
        {...common}
        label="Channel"
        placeholder="All channels"
        data={channels.map((c) => ({ value: c.id, label: c.displayName }))}
        value={value.channelId}
        onChange={(channelId) => set({ channelId })}
      />
      {can('campaigns.read') ? (
        <Select
          {...common}
          label="Campaign"
          placeholder="All campaigns"
          data={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={value.campaignId}
          onChange={(campaignId) => set({ campaignId })}
        />
      ) : null}
      <Select {...common} label="Label" placeholder="All labels" data={labels.data ?? []} value={value.label} onChange={(label) => set({ label })} searchable />
      <Select {...common} label="State" placeholder="All states" data={postStates.map((s) => ({ value: s, label: stateLabels[s] }))} value={value.state} onChange={(state) => set({ state })} />
    </Group>
  );
}
