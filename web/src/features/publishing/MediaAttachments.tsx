// The media of the post (or of one channel's variant): upload, alt text per image, removal.
import { Button, FileButton, Stack, Text } from '@mantine/core';
import { IconPhotoPlus } from '@tabler/icons-react';
import { errorMessage } from '../../api/client.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { MediaAttachment } from './MediaAttachment.tsx';
import { useUploadMedia } from './useMedia.ts';
import type { AttachedMedia } from './types.ts';

type Props = { value: AttachedMedia[]; onChange: (media: AttachedMedia[]) => void; disabled?: boolean };

export function MediaAttachments({ value, onChange, disabled }: Props) {
  const { workspace } = useCurrentWorkspace();
  const upload = useUploadMedia(workspace.id);
  // Several files picked at once upload one after the other, each added as soon as it is stored.
  const addFiles = async (files: File[]) => {
    let current = value;
    for (const file of files) {
      const item = await upload.mutateAsync(file).catch(() => null);
      if (!item) break;
      current = [...current, { mediaId: item.id, altText: item.altText ?? '' }];
      onChange(current);
    }
  };
  return (
    <Stack gap="xs">
      {value.map((item, i) => (
        <MediaAttachment
          key={item.mediaId}
          item={item}
          index={i}
          disabled={disabled}
          onChange={(next) => onChange(value.map((m, j) => (j === i ? next : m)))}
          onRemove={() => onChange(value.filter((_, j) => j !== i))}
        />
      ))}
      <FileButton onChange={addFiles} accept="image/*,video/*" multiple disabled={disabled}>
        {(props) => (
          <Button {...props} disabled={disabled} variant="default" size="xs" leftSection={<IconPhotoPlus size={16} />} loading={upload.isPending} w="fit-content" aria-label="Add image or video">
            Add image or video
          </Button>
        )}
      </FileButton>
      {upload.error ? (
        <Text size="xs" c="red" role="alert">
          {errorMessage(upload.error)}
        </Text>
      ) : null}
    </Stack>
  );
}
