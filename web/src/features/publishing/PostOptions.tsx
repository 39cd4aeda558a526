// Beside the text: a first comment (on channels that reply), the labels and the campaign.
import { Select, SimpleGrid, Stack, TagsInput, Textarea } from '@mantine/core';
import { useCampaigns } from '../campaigns/useCampaigns.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import type { ComposerDraft } from './composer-draft.ts';
import { useLabels } from './useComposerData.ts';

type Props = { draft: ComposerDraft; onChange: (patch: Partial<ComposerDraft>) => void; firstCommentOn: string[]; disabled?: boolean };

export function PostOptions({ draft, onChange, firstCommentOn, disabled }: Props) {
  const { workspace, can } = useCurrentWorkspace();
  const labels = useLabels(workspace.id);
  const campaigns = useCampaigns(workspace.id, can('campaigns.read'));
  const campaignOptions = (campaigns.data ?? []).filter((c) => !c.archivedAt || c.id === draft.campaignId).map((c) => ({ value: c.id, label: c.name }));
  return (
    <Stack gap="sm">
      {firstCommentOn.length > 0 ? (
        <Textarea
          label="First comment"
          description={`Posted as the first reply on ${firstCommentOn.join(', ')}`}
          autosize
          minRows={2}
          value={draft.firstComment}
          disabled={disabled}
          onChange={(e) => onChange({ firstComment: e.currentTarget.value })}
        />
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TagsInput label="Labels" placeholder="Type and press Enter" data={labels.data ?? []} value={draft.labels} disabled={disabled} onChange={(labels) => onChange({ labels })} clearable />
        {can('campaigns.read') ? (
          <Select label="Campaign" placeholder="None" data={campaignOptions} value={draft.campaignId} disabled={disabled} clearable searchable onChange={(campaignId) => onChange({ campaignId })} />
        ) : null}
      </SimpleGrid>
    </Stack>
  );
}
