// Settings → Members: who works in this workspace, in which role, and who is invited.
import { Button, Card, EmptyState, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconMailPlus, IconUserPlus } from '@tabler/icons-react';
import { FormError } from '../../ui/FormError.tsx';
import { ListCard } from '../../ui/ListCard.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { InvitationsTable } from './InvitationsTable.tsx';
import { InviteMemberModal } from './InviteMemberModal.tsx';
import { MembersTable } from './MembersTable.tsx';
import { useMembers } from './useMembers.ts';

export function MembersPage() {
  const { workspace, can } = useCurrentWorkspace();
  const members = useMembers(workspace.id);
  const [inviting, { open, close }] = useDisclosure(false);
  const mayInvite = can('members.invite');

  return (
    <Stack maw={1100}>
      <PageHeader
        title="Members"
        description={`People who work in ${workspace.name}, and what their role lets them do.`}
        action={
          mayInvite ? (
            <Button leftSection={<IconUserPlus size={18} />} onClick={open}>
              Invite member
            </Button>
          ) : null
        }
      />
      <FormError error={members.error} title="Members could not be loaded" />
      <Card withBorder padding={0} radius="md">
        {members.data ? <MembersTable members={members.data.members} /> : <Skeleton h={160} m="md" />}
      </Card>

      <Title order={2} size="h4" mt="lg">
        Pending invitations
      </Title>
      <ListCard
        items={members.data?.invitations}
        empty={
          <EmptyState size="sm" icon={<IconMailPlus />} title="No pending invitations" description={mayInvite ? 'Invite a teammate; their link appears once, ready to copy.' : undefined}>
            {mayInvite ? (
              <EmptyState.Actions>
                <Button variant="light" onClick={open}>
                  Invite member
                </Button>
              </EmptyState.Actions>
            ) : null}
          </EmptyState>
        }
      >
        {(invitations) => <InvitationsTable invitations={invitations} />}
      </ListCard>
      {mayInvite ? null : (
        <Text size="sm" c="dimmed">
          Only owners and admins can invite or change members.
        </Text>
      )}
      <InviteMemberModal opened={inviting} onClose={close} />
    </Stack>
  );
}
