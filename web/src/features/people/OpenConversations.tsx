// The person's conversations still waiting in the inbox, each a link to it.
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { OpenConversation } from '../../api/people-types.ts';
import { formatDateTime } from '../../ui/format.ts';
import { NetworkIcon } from '../channels/NetworkIcon.tsx';

export function OpenConversations({ workspaceId, conversations }: { workspaceId: string; conversations: OpenConversation[] }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="open-conversations-title">
      <Title order={2} size="h4" id="open-conversations-title" mb="sm">
        Open conversations
      </Title>
      {conversations.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing waiting for an answer.
        </Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {conversations.map((c) => (
            <Group key={c.id} component="li" gap="sm" wrap="nowrap" align="flex-start">
              {c.channel ? <NetworkIcon network={c.channel.network} size={28} /> : null}
              <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                <Anchor component={Link} to={`/w/${workspaceId}/inbox?conversation=${c.id}`} size="sm" lineClamp={2}>
                  {c.subject || c.lastMessageText || 'Conversation'}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {c.channel ? `${c.channel.displayName} · ` : ''}
                  {formatDateTime(c.lastMessageAt)}
                </Text>
              </Stack>
              <Badge size="sm" variant="light">
                {c.status}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
