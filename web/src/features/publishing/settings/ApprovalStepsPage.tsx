// Settings > Approvals: the ordered steps a post goes through before it can be scheduled. A step
// covers every post of the workspace or only those to one channel; no steps: no approval needed.
import { Alert, Button, EmptyState, Group, Skeleton, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChecklist, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { FormError } from '../../../ui/FormError.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { useChannels } from '../../channels/useChannels.ts';
import { useMembers } from '../../members/useMembers.ts';
import { can as roleCan } from '../../workspaces/permissions.ts';
import { useCurrentWorkspace } from '../../workspaces/useCurrentWorkspace.ts';
import { ApprovalStepEditor, stepErrors, type StepDraft } from './ApprovalStepEditor.tsx';
import type { ApprovalStep } from './types.ts';
import { useApprovalSteps, useSaveApprovalSteps } from './useApprovalSteps.ts';

const toDraft = (s: ApprovalStep): StepDraft => ({ key: s.id, id: s.id, channelId: s.channelId, name: s.name, mode: s.mode, approverIds: s.approverIds });
const blankStep = (): StepDraft => ({ key: crypto.randomUUID(), channelId: null, name: '', mode: 'any', approverIds: [] });

export function ApprovalStepsPage() {
  const { workspace, can } = useCurrentWorkspace();
  const editable = can('approvals.manage');
  const steps = useApprovalSteps(workspace.id);
  const members = useMembers(workspace.id);
  const channels = useChannels(workspace.id);
  const save = useSaveApprovalSteps(workspace.id);
  const [drafts, setDrafts] = useState<StepDraft[] | null>(null);
  // Field errors are shown once a save was tried, not while a new step is still blank.
  const [tried, setTried] = useState(false);
  useEffect(() => {
    if (steps.data) setDrafts(steps.data.map(toDraft));
    setTried(false);
  }, [steps.data]);

  const approvers = (members.data?.members ?? []).filter((m) => roleCan(m.role, 'posts.approve')).map((m) => ({ value: m.userId, label: `${m.name} (${m.email})` }));
  const channelOptions = (channels.data ?? []).map((c) => ({ value: c.id, label: c.displayName }));
  const update = (index: number, step: StepDraft) => setDrafts((d) => d && d.map((s, i) => (i === index ? step : s)));
  const move = (index: number, by: -1 | 1) =>
    setDrafts((d) => {
      if (!d) return d;
      const next = [...d];
      [next[index], next[index + by]] = [next[index + by]!, next[index]!];
      return next;
    });
  const remove = (index: number) => setDrafts((d) => d && d.filter((_, i) => i !== index));
  const onSave = () => {
    setTried(true);
    if (!drafts || drafts.some((s) => stepErrors(s))) return;
    save.mutate(
      drafts.map(({ key: _key, ...s }) => ({ ...s, name: s.name.trim() })),
      { onSuccess: () => notifications.show({ color: 'green', message: 'Approval steps saved' }) },
    );
  };

  const action = editable ? (
    <Button leftSection={<IconPlus size={18} />} variant="default" onClick={() => setDrafts((d) => [...(d ?? []), blankStep()])} disabled={!drafts}>
      Add step
    </Button>
  ) : null;
  return (
    <Stack maw={900}>
      <PageHeader title="Approvals" description="The steps a post goes through, in order, before it can be scheduled: the workspace's own steps first, then those of the post's channels. With no steps, posts need no approval." action={action} />
      {editable ? null : <Alert color="gray">Your role can see these steps but not change them.</Alert>}
      <FormError error={steps.error ?? members.error ?? channels.error} title="Approval steps could not be loaded" />
      {!drafts ? (
        <Skeleton h={160} />
      ) : drafts.length === 0 ? (
        <EmptyState size="sm" icon={<IconChecklist />} title="No approval steps" description="Posts can be scheduled without anyone approving them." />
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Approval steps">
          {drafts.map((step, i) => (
            <ApprovalStepEditor key={step.key} step={step} index={i} count={drafts.length} channels={channelOptions} approvers={approvers} readOnly={!editable} errors={tried ? stepErrors(step) : undefined} onChange={(s) => update(i, s)} onMove={(by) => move(i, by)} onRemove={() => remove(i)} />
          ))}
        </Stack>
      )}
      <FormError error={save.error} title="The steps were not saved" />
      {editable ? (
        <Group justify="flex-end">
          <Button variant="default" disabled={!steps.data} onClick={() => steps.data && setDrafts(steps.data.map(toDraft))}>
            Discard changes
          </Button>
          <Button onClick={onSave} loading={save.isPending} disabled={!drafts}>
            Save steps
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
