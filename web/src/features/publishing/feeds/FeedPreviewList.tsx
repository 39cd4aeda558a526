// What the template makes of the feed's latest entries, asked for on demand.
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { FormError } from '../../../ui/FormError.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { useFeedPreview } from './useFeedRules.ts';

export function FeedPreviewList({ workspaceId, feedChannelId, template }: { workspaceId: string; feedChannelId: string | null; template: string }) {
  const preview = useFeedPreview(workspaceId);
  const entries = preview.data?.entries;
  return (
    <Stack gap="xs">
      <Group>
        <Button variant="default" size="xs" leftSection={<IconEye size={14} />} disabled={!feedChannelId || !template.trim()} loading={preview.isPending} onClick={() => feedChannelId && preview.mutate({ feedChannelId, template, limit: 3 })}>
          Preview with the latest entries
        </Button>
      </Group>
      <FormError error={preview.error} title="No preview" />
      {entries ? (
        entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            The feed has no entries yet.
          </Text>
        ) : (
          <Stack gap={6} role="list" aria-label="Template preview">
            {entries.map((e) => (
              <Card key={e.entryId} withBorder padding="xs" role="listitem">
                <Text size="xs" c="dimmed">
                  {formatDateTime(e.publishedAt)} · {e.fields.title || e.entryId}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {e.text}
                </Text>
              </Card>
            ))}
          </Stack>
        )
      ) : null}
    </Stack>
  );
}
