// Create a campaign, or edit one: the same form either way.
import { Modal, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, formLevelError } from '../../api/client.ts';
import { DialogFormButtons } from '../../ui/DialogFormButtons.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { CampaignForm } from './CampaignForm.tsx';
import type { Campaign, CampaignInput } from './types.ts';
import { useCreateCampaign, useUpdateCampaign } from './useCampaigns.ts';

const blank: CampaignInput = { name: '', goal: null, startsOn: null, endsOn: null, budgetMinor: null, costMinor: 0, currency: 'EUR', utm: {}, color: null };
const inputOf = (c: Campaign): CampaignInput => ({
  name: c.name,
  goal: c.goal,
  startsOn: c.startsOn,
  endsOn: c.endsOn,
  budgetMinor: c.budgetMinor,
  costMinor: c.costMinor,
  currency: c.currency,
  utm: c.utm,
  color: c.color,
});

export function CampaignModal({ campaign, opened, onClose }: { campaign?: Campaign; opened: boolean; onClose: () => void }) {
  const { workspace } = useCurrentWorkspace();
  const create = useCreateCampaign(workspace.id);
  const update = useUpdateCampaign(workspace.id);
  const mutation = campaign ? update : create;
  const [value, setValue] = useState<CampaignInput>(() => (campaign ? inputOf(campaign) : blank));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Empty UTM values are left out rather than sent as "" (which would drop the default).
    const utm = Object.fromEntries(Object.entries(value.utm).filter(([, v]) => v && v.trim()));
    const input = { ...value, name: value.name.trim(), utm };
    if (campaign) update.mutate({ id: campaign.id, input }, { onSuccess: onClose });
    else create.mutate(input, { onSuccess: onClose });
  };
  return (
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={mutation.reset} title={campaign ? `Edit “${campaign.name}”` : 'New campaign'} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <CampaignForm value={value} onChange={setValue} errors={fieldErrorsOf(mutation.error)} />
          <FormError error={formLevelError(mutation.error)} />
          <DialogFormButtons onCancel={onClose} loading={mutation.isPending} disabled={!value.name.trim()}>
            {campaign ? 'Save' : 'Create campaign'}
          </DialogFormButtons>
        </Stack>
      </form>
    </Modal>
  );
}
