// Settings → API tokens: credentials for scripts and integrations, scoped to this workspace.
import { Button, EmptyState, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { FormError } from '../../ui/FormError.tsx';
import { ListCard } from '../../ui/ListCard.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { CreateTokenModal } from './CreateTokenModal.tsx';
import { TokensTable } from './TokensTable.tsx';
import { useTokens } from './useTokens.ts';

export function TokensPage() {
  const { workspace, can } = useCurrentWorkspace();
  const tokens = useTokens(workspace.id);
  const [creating, { open, close }] = useDisclosure(false);
  const mayManage = can('tokens.manage');

  return (
    <Stack maw={1100}>
      <PageHeader
        title="API tokens"
        description="Tokens let scripts and integrations use the Tandem API on this workspace's behalf. Each acts with the role you give it."
        action={
          mayManage ? (
            <Button leftSection={<IconPlus size={18} />} onClick={open}>
              Create token
            </Button>
          ) : null
        }
      />
      <FormError error={tokens.error} title="Tokens could not be loaded" />
      <ListCard
        items={tokens.data}
        empty={
          <EmptyState size="sm" icon={<IconKey />} title="No API tokens yet" description="Create one for a reporting script, a Zapier-style integration or the CLI.">
            {mayManage ? (
              <EmptyState.Actions>
                <Button variant="light" onClick={open}>
                  Create token
                </Button>
              </EmptyState.Actions>
            ) : null}
          </EmptyState>
        }
      >
        {(items) => <TokensTable tokens={items} />}
      </ListCard>
      <CreateTokenModal opened={creating} onClose={close} />
    </Stack>
  );
}
