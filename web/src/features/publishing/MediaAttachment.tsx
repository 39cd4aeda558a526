// One attached file: its thumbnail, the alt text written for this post, and removing it.
import { ActionIcon, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { mediaUrl, useMediaItem } from './useMedia.ts';
import type { AttachedMedia } from './types.ts';

type Props = { item: AttachedMedia; index: number; onChange: (item: AttachedMedia) => void; onRemove: () => void; disabled?: boolean };

export function MediaAttachment({ item, index, onChange, onRemove, disabled }: Props) {
  const { workspace } = useCurrentWorkspace();
  const media = useMediaItem(workspace.id, item.mediaId);
  const name = media.data?.fileName ?? `File ${index + 1}`;
  const isImage = media.data?.mimeType.startsWith('image/') ?? true;
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" aria-label={`Attachment ${index + 1}`} role="group">
      {isImage ? <Image src={mediaUrl(workspace.id, { id: item.mediaId, url: media.data?.url })} alt="" w={64} h={64} radius="sm" fit="cover" /> : null}
      <Stack gap={4} style={{ flex: 1 }} miw={0}>
        <Text size="xs" truncate>
          {name}
        </Text>
        {isImage ? (
          <TextInput
            size="xs"
            label={`Alt text for image ${index + 1}`}
            placeholder="Describe the image for people who cannot see it"
            value={item.altText ?? ''}
            disabled={disabled}
            onChange={(e) => onChange({ ...item, altText: e.currentTarget.value })}
          />
        ) : null}
      </Stack>
      <ActionIcon variant="subtle" color="gray" onClick={onRemove} disabled={disabled} aria-label={`Remove ${name}`}>
        <IconX size={16} />
      </ActionIcon>
    </Group>
  );
}
