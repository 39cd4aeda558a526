// Creating or changing a feed rule: the feed (fixed once created), the channels its entries go
// to, the template with a preview, queued or left as drafts, labels, and whether it runs.
import { Code, Modal, MultiSelect, SegmentedControl, Select, Stack, Switch, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, formLevelError } from '../../../api/client.ts';
import { DialogFormButtons } from '../../../ui/DialogFormButtons.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { usePublishChannels } from '../useChannelsForComposer.ts';
import { useLabels } from '../useComposerData.ts';
import { FeedPreviewList } from './FeedPreviewList.tsx';
import { templateFields, type FeedRule, type FeedRuleMode } from './types.ts';
import { useCreateFeedRule, useFeedChannels, useUpdateFeedRule } from './useFeedRules.ts';

type Props = { workspaceId: string; rule: FeedRule | null; onClose: () => void };

export function FeedRuleModal({ workspaceId, rule, onClose }: Props) {
  const feeds = useFeedChannels(workspaceId);
  const targets = usePublishChannels(workspaceId);
  const labels = useLabels(workspaceId);
  const create = useCreateFeedRule(workspaceId);
  const update = useUpdateFeedRule(workspaceId);
  const saving = rule ? update : create;
  const [name, setName] = useState(rule?.name ?? '');
  const [feedChannelId, setFeedChannelId] = useState<string | null>(rule?.feedChannelId ?? null);
  const [targetChannelIds, setTargets] = useState<string[]>(rule?.targetChannelIds ?? []);
  const [template, setTemplate] = useState(rule?.template ?? '{title} {url}');
  const [mode, setMode] = useState<FeedRuleMode>(rule?.mode ?? 'queue');
  const [ruleLabels, setLabels] = useState<string[]>(rule?.labels ?? []);
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);
  const errors = fieldErrorsOf(saving.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const fields = { name: name.trim(), targetChannelIds, template, mode, labels: ruleLabels, enabled };
    if (rule) update.mutate({ id: rule.id, input: fields }, { onSuccess: onClose });
    else if (feedChannelId) create.mutate({ ...fields, feedChannelId }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={rule ? `Edit ${rule.name}` : 'New feed rule'} size="lg">
      <form onSubmit={submit} aria-label={rule ? 'Edit feed rule' : 'New feed rule'}>
        <Stack>
          <TextInput label="Name" required maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} data-autofocus />
          <Select label="Feed" description={rule ? 'A rule keeps its feed' : 'A channel read as a feed (RSS / Atom)'} required disabled={Boolean(rule)} placeholder={feeds.channels?.length === 0 ? 'Connect an RSS feed on the Channels page' : 'Choose a feed'} data={(feeds.channels ?? []).map((c) => ({ value: c.id, label: c.displayName }))} value={feedChannelId} onChange={setFeedChannelId} error={errors.feedChannelId} />
          <MultiSelect label="Post to" required placeholder={targetChannelIds.length ? undefined : 'Channels'} data={(targets.channels ?? []).filter((c) => c.id !== feedChannelId).map((c) => ({ value: c.id, label: `${c.displayName} (${c.networkName})` }))} value={targetChannelIds} onChange={setTargets} error={errors.targetChannelIds} />
          <Textarea
            label="Template"
            required
            autosize
            minRows={2}
            maxLength={2000}
            description={<Text size="xs" component="span">Fields: {templateFields.map((f) => <Code key={f} mr={4}>{`{${f}}`}</Code>)}</Text>}
            value={template}
            onChange={(e) => setTemplate(e.currentTarget.value)}
            error={errors.template}
          />
          <FeedPreviewList workspaceId={workspaceId} feedChannelId={feedChannelId} template={template} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="feed-rule-mode">
              New entries become
            </Text>
            <SegmentedControl aria-labelledby="feed-rule-mode" value={mode} onChange={(v) => setMode(v as FeedRuleMode)} data={[{ value: 'queue', label: 'Queued posts' }, { value: 'draft', label: 'Drafts' }]} />
          </Stack>
          <TagsInput label="Labels" placeholder="Type and press Enter" data={labels.data ?? []} value={ruleLabels} onChange={setLabels} clearable />
          <Switch label="Enabled" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
          <FormError error={formLevelError(saving.error)} title="The rule was not saved" />
          <DialogFormButtons onCancel={onClose} loading={saving.isPending}>
            {rule ? 'Save rule' : 'Create rule'}
          </DialogFormButtons>
        </Stack>
      </form>
    </Modal>
  );
}
