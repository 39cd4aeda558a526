// A small card per channel that looks like a post on its network: the account's name and handle,
// the text with its links and mentions, and the media count.
import { Avatar, Card, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { NetworkIcon } from '../channels/NetworkIcon.tsx';
import { PreviewText } from './PreviewText.tsx';
import type { ReactNode } from 'react';
import type { PreviewSegment } from './types.ts';

type Props = {
  network: string;
  networkName: string;
  channelName: string;
  handle: string | null;
  text: string;
  segments: PreviewSegment[] | undefined;
  mediaCount: number;
  /** Under the post: the composer's validation, say. */
  children?: ReactNode;
};

export function NetworkPreview({ network, networkName, channelName, handle, text, segments, mediaCount, children }: Props) {
  return (
    <Card withBorder radius="md" padding="sm" component="article" aria-label={`Preview on ${channelName}`} data-network={network}>
      <Stack gap="xs">
        <Group gap="sm" wrap="nowrap" justify="space-between">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Avatar radius="xl" size="sm" color="blue">
              {channelName.slice(0, 1).toUpperCase()}
            </Avatar>
            <Stack gap={0} miw={0}>
              <Text size="sm" fw={600} truncate>
                {channelName}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {handle ? (handle.startsWith('@') ? handle : `@${handle}`) : networkName}
              </Text>
            </Stack>
          </Group>
          <NetworkIcon network={network} size={24} />
        </Group>
        {text.trim() ? (
          // A long text scrolls inside the card, so the next channel's preview stays in sight.
          <ScrollArea.Autosize mah={240} type="auto">
            <PreviewText text={text} segments={segments} />
          </ScrollArea.Autosize>
        ) : (
          <Text size="sm" c="dimmed" fs="italic">
            Nothing written yet
          </Text>
        )}
        {mediaCount > 0 ? (
          <Text size="xs" c="dimmed">
            {mediaCount} attached {mediaCount === 1 ? 'file' : 'files'}
          </Text>
        ) : null}
        {children}
      </Stack>
    </Card>
  );
}
