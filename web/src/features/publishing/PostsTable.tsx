// Posts as a table: the start of the text (opening the post), its channels, state and time.
import { Anchor, Avatar, Table, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import { NetworkIcon } from '../channels/NetworkIcon.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { PostStateBadge } from './PostStateBadge.tsx';
import type { Post } from './types.ts';

export const excerpt = (text: string, max = 80) => {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line || 'Untitled post';
};

export function PostsTable({ posts, linkTo }: { posts: Post[]; linkTo: (post: Post) => string }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Posts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Post</Table.Th>
            <Table.Th>Channels</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>When</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {posts.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Anchor component={Link} to={linkTo(p)} size="sm">
                  {excerpt(p.text)}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Avatar.Group spacing={4}>
                  {p.targets.map((t) => (
                    <Tooltip key={t.id} label={t.channelName}>
                      <span>
                        <NetworkIcon network={t.network} size={22} />
                      </span>
                    </Tooltip>
                  ))}
                </Avatar.Group>
              </Table.Td>
              <Table.Td>
                <PostStateBadge state={p.state} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {p.scheduledAt ? formatDateTime(p.scheduledAt) : `Edited ${formatDateTime(p.updatedAt)}`}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
