// Parts published as replies to the first one, in order. Shown only when a chosen channel
// publishes threads; the others publish the first part alone.
import { ActionIcon, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import type { PostPart } from './types.ts';

type Props = { value: PostPart[]; onChange: (parts: PostPart[]) => void; unsupportedOn: string[]; disabled?: boolean };

export function ThreadEditor({ value, onChange, unsupportedOn, disabled }: Props) {
  const setText = (i: number, text: string) => onChange(value.map((p, j) => (j === i ? { ...p, text } : p)));
  return (
    <Stack gap="xs" role="group" aria-label="Thread">
      {value.map((part, i) => (
        <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
          <Textarea style={{ flex: 1 }} label={`Thread part ${i + 2}`} autosize minRows={2} value={part.text} disabled={disabled} onChange={(e) => setText(i, e.currentTarget.value)} />
          <ActionIcon mt={24} variant="subtle" color="gray" aria-label={`Remove thread part ${i + 2}`} disabled={disabled} onClick={() => onChange(value.filter((_, j) => j !== i))}>
            <IconX size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button variant="subtle" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} disabled={disabled} onClick={() => onChange([...value, { text: '', mediaIds: [] }])}>
        Add to thread
      </Button>
      {value.length > 0 && unsupportedOn.length > 0 ? (
        <Text size="xs" c="dimmed">
          Not a thread on {unsupportedOn.join(', ')}: only the first part is published there.
        </Text>
      ) : null}
    </Stack>
  );
}
