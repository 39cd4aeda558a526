// One channel's version of the post: the shared text until the person customizes it, then its
// own text and media, with a way back to the shared version.
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { MediaAttachments } from './MediaAttachments.tsx';
import type { Variant } from './composer-draft.ts';
import type { AttachedMedia } from './types.ts';

type Props = {
  channelName: string;
  variant: Variant;
  sharedText: string;
  sharedMedia: AttachedMedia[];
  onChange: (variant: Variant) => void;
  disabled?: boolean;
};

export function VariantEditor({ channelName, variant, sharedText, sharedMedia, onChange, disabled }: Props) {
  const customized = variant.text !== null || variant.media !== null;
  if (!customized) {
    return (
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {channelName} publishes the shared text and media.
        </Text>
        <Button variant="light" size="xs" w="fit-content" disabled={disabled} onClick={() => onChange({ text: sharedText, media: null })}>
          Customize for {channelName}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      <Textarea label={`Text for ${channelName}`} autosize minRows={4} value={variant.text ?? sharedText} disabled={disabled} onChange={(e) => onChange({ ...variant, text: e.currentTarget.value })} />
      {variant.media === null ? (
        <Button variant="subtle" size="xs" w="fit-content" disabled={disabled} onClick={() => onChange({ ...variant, media: sharedMedia })}>
          Use other media on {channelName}
        </Button>
      ) : (
        <MediaAttachments value={variant.media} onChange={(media) => onChange({ ...variant, media })} disabled={disabled} />
      )}
      <Group>
        <Button variant="subtle" color="gray" size="xs" disabled={disabled} onClick={() => onChange({ text: null, media: null })}>
          Use the shared version
        </Button>
      </Group>
    </Stack>
  );
}
