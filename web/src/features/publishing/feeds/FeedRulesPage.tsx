// Feed rules (RSS auto-post): a feed's new entries become posts on other channels, queued or
// left as drafts, written by a template.
import { Button, EmptyState, Stack } from '@mantine/core';
import { IconPlus, IconRss } from '@tabler/icons-react';
import { useState } from 'react';
import { FormError } from '../../../ui/FormError.tsx';
import { ListCard } from '../../../ui/ListCard.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { useChannels } from '../../channels/useChannels.ts';
import { useCurrentWorkspace } from '../../workspaces/useCurrentWorkspace.ts';
import { FeedRuleModal } from './FeedRuleModal.tsx';
import { FeedRulesTable } from './FeedRulesTable.tsx';
import type { FeedRule } from './types.ts';
import { useFeedRules } from './useFeedRules.ts';

export function FeedRulesPage() {
  const { workspace, can } = useCurrentWorkspace();
  const editable = can('posts.write');
  const rules = useFeedRules(workspace.id);
  const channels = useChannels(workspace.id);
  // null: closed; 'new': creating; a rule: editing it.
  const [editing, setEditing] = useState<FeedRule | 'new' | null>(null);
  const names = new Map((channels.data ?? []).map((c) => [c.id, c.displayName]));
  const channelName = (id: string) => names.get(id) ?? 'Removed channel';
  const action = editable ? (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')}>
      New feed rule
    </Button>
  ) : null;
  return (
    <Stack maw={1200}>
      <PageHeader title="Feed rules" description="Post a feed's new entries to your channels automatically, queued or as drafts." action={action} />
      <FormError error={rules.error ?? channels.error} title="Feed rules could not be loaded" />
      <ListCard items={rules.data} empty={<EmptyState size="sm" icon={<IconRss />} title="No feed rules yet" description="Connect an RSS feed on the Channels page, then add a rule." />}>
        {(items) => <FeedRulesTable workspaceId={workspace.id} rules={items} channelName={channelName} editable={editable} onEdit={setEditing} />}
      </ListCard>
      {editing ? <FeedRuleModal workspaceId={workspace.id} rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}
