// The shared text and media, and one tab per chosen channel for its variant. Each channel's tab
// shows how many characters it has left, so an overflow is visible without opening it.
import { Badge, Stack, Tabs, Textarea } from '@mantine/core';
import { MediaAttachments } from './MediaAttachments.tsx';
import { VariantEditor } from './VariantEditor.tsx';
import { variantOf, type ComposerDraft, type Variant } from './composer-draft.ts';
import type { PublishChannel } from './useChannelsForComposer.ts';
import type { TargetValidation } from './types.ts';

type Props = {
  draft: ComposerDraft;
  channels: PublishChannel[];
  validation: Map<string, TargetValidation>;
  onChange: (patch: Partial<ComposerDraft>) => void;
  disabled?: boolean;
};

export function ContentTabs({ draft, channels, validation, onChange, disabled }: Props) {
  const chosen = channels.filter((c) => draft.channelIds.includes(c.id));
  const setVariant = (channelId: string, variant: Variant) => onChange({ variants: { ...draft.variants, [channelId]: variant } });
  return (
    <Tabs defaultValue="shared" keepMounted={false}>
      <Tabs.List aria-label="Versions of the post">
        <Tabs.Tab value="shared">All channels</Tabs.Tab>
        {chosen.map((c) => {
          const remaining = validation.get(c.id)?.report.text.remaining;
          return (
            <Tabs.Tab
              key={c.id}
              value={c.id}
              rightSection={
                remaining === undefined ? null : (
                  <Badge size="xs" variant="light" color={remaining < 0 ? 'red' : 'gray'} aria-hidden>
                    {remaining}
                  </Badge>
                )
              }
            >
              {c.displayName}
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
      <Tabs.Panel value="shared" pt="sm">
        <Stack gap="sm">
          <Textarea
            label="Post text"
            placeholder="Write once; adapt per channel in its tab"
            autosize
            minRows={5}
            value={draft.text}
            disabled={disabled}
            onChange={(e) => onChange({ text: e.currentTarget.value })}
          />
          <MediaAttachments value={draft.media} onChange={(media) => onChange({ media })} disabled={disabled} />
        </Stack>
      </Tabs.Panel>
      {chosen.map((c) => (
        <Tabs.Panel key={c.id} value={c.id} pt="sm">
          <VariantEditor channelName={c.displayName} variant={variantOf(draft, c.id)} sharedText={draft.text} sharedMedia={draft.media} disabled={disabled} onChange={(v) => setVariant(c.id, v)} />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
