// A person's profile: who they are on every network, what the team knows about them, and
// everything they did, across channels.
import { Anchor, Breadcrumbs, Button, Grid, Group, Skeleton, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconGitMerge } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { FormError } from '../../ui/FormError.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { CustomFields } from './CustomFields.tsx';
import { MergeHistory } from './MergeHistory.tsx';
import { MergeWithModal } from './MergeWithModal.tsx';
import { OpenConversations } from './OpenConversations.tsx';
import { PersonHeader } from './PersonHeader.tsx';
import { PersonIdentities } from './PersonIdentities.tsx';
import { PersonNotes } from './PersonNotes.tsx';
import { PersonTimeline } from './PersonTimeline.tsx';
import { PossibleDuplicates } from './PossibleDuplicates.tsx';
import { profileKey, useProfile } from './usePerson.ts';

export function PersonPage() {
  const { personId = '' } = useParams();
  const { workspace, can } = useCurrentWorkspace();
  const profile = useProfile(workspace.id, personId);
  const [merging, { open, close }] = useDisclosure(false);
  const data = profile.data;
  const editable = can('people.write');
  // A merged person's link lands on the person they were merged into: show that one's address.
  const navigate = useNavigate();
  const keptId = data?.redirectedFrom ? data.person.id : null;
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!keptId || keptId === personId || !data) return;
    // The answer is already the kept person's profile: hand it over so the page does not reload.
    queryClient.setQueryData(profileKey(workspace.id, keptId), { ...data, redirectedFrom: null });
    navigate(`/w/${workspace.id}/people/${keptId}`, { replace: true });
  }, [keptId, personId, navigate, workspace.id, data, queryClient]);
  return (
    <Stack maw={1300}>
      <Group justify="space-between">
        <Breadcrumbs>
          <Anchor component={Link} to={`/w/${workspace.id}/people`} size="sm">
            People
          </Anchor>
          <span>{data?.person.displayName ?? '…'}</span>
        </Breadcrumbs>
        {data && can('people.merge') ? (
          <Button variant="default" leftSection={<IconGitMerge size={18} />} onClick={open}>
            Merge with…
          </Button>
        ) : null}
      </Group>
      <FormError error={profile.error} title="This person could not be loaded" />
      {!data ? (
        profile.error ? null : <Skeleton h={400} />
      ) : (
        <>
          <PersonHeader workspaceId={workspace.id} person={data.person} editable={editable} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack>
                <PersonIdentities identities={data.identities} />
                <PossibleDuplicates workspaceId={workspace.id} personId={data.person.id} suggestions={data.suggestions ?? []} canMerge={can('people.merge')} />
                <OpenConversations workspaceId={workspace.id} conversations={data.openConversations} />
                <CustomFields workspaceId={workspace.id} person={data.person} editable={editable} />
                <PersonNotes workspaceId={workspace.id} personId={data.person.id} editable={editable} />
                <MergeHistory workspaceId={workspace.id} personId={data.person.id} editable={can('people.merge')} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 7 }}>
              <PersonTimeline workspaceId={workspace.id} personId={data.person.id} />
            </Grid.Col>
          </Grid>
          {merging ? <MergeWithModal workspaceId={workspace.id} person={data.person} opened={merging} onClose={close} /> : null}
        </>
      )}
    </Stack>
  );
}
