// Every post of the workspace by state: drafts to finish, posts in review, scheduled and
// published ones. New posts start here.
import { Button, EmptyState, Group, Select, Stack } from '@mantine/core';
import { IconFileImport, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormError } from '../../ui/FormError.tsx';
import { ListCard } from '../../ui/ListCard.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { PostsTable } from './PostsTable.tsx';
import { stateLabels } from './post-states.ts';
import { postStates } from './types.ts';
import { usePosts } from './usePosts.ts';

export function PostsPage() {
  const { workspace, can } = useCurrentWorkspace();
  const [state, setState] = useState<string | null>(null);
  const posts = usePosts(workspace.id, { state: state ?? undefined, unscheduled: 'true' });
  const base = `/w/${workspace.id}/posts`;
  const newPost = can('posts.write') ? (
    <Group gap="sm">
      <Button component={Link} to={`${base}/import`} variant="default" leftSection={<IconFileImport size={18} />}>
        Import CSV
      </Button>
      <Button component={Link} to={`${base}/new`} leftSection={<IconPlus size={18} />}>
        New post
      </Button>
    </Group>
  ) : null;
  return (
    <Stack maw={1200}>
      <PageHeader title="Posts" description="Drafts, posts waiting for review, scheduled and published posts." action={newPost} />
      <Select label="State" placeholder="All states" w={220} clearable data={postStates.map((s) => ({ value: s, label: stateLabels[s] }))} value={state} onChange={setState} />
      <FormError error={posts.error} title="Posts could not be loaded" />
      <ListCard items={posts.data} empty={<EmptyState size="sm" icon={<IconPencil />} title="No posts here yet" description="Write one with New post." />}>
        {(items) => <PostsTable posts={items} linkTo={(p) => `${base}/${p.id}`} />}
      </ListCard>
    </Stack>
  );
}
