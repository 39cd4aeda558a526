// Settings > Inbox > General.
import { Alert, Skeleton, Stack } from '@mantine/core';
import { FormError } from '../../ui/FormError.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { ChannelHats } from './ChannelHats.tsx';
import { GeneralSettingsForm } from './GeneralSettingsForm.tsx';
import { useInboxSettings } from './useInboxSettings.ts';

export function GeneralSettingsPage() {
  const { workspace, can } = useCurrentWorkspace();
  const settings = useInboxSettings(workspace.id);
  const readOnly = !can('inbox.configure');
  return (
    <Stack>
      {readOnly ? <Alert color="gray">Your role can see the inbox settings but not change them.</Alert> : null}
      <FormError error={settings.error} title="The inbox settings could not be loaded" />
      {settings.data ? <GeneralSettingsForm workspaceId={workspace.id} settings={settings.data} readOnly={readOnly} /> : settings.error ? null : <Skeleton h={400} />}
      <ChannelHats workspaceId={workspace.id} readOnly={readOnly} />
    </Stack>
  );
}
