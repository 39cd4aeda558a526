// Every chosen channel's preview card with its live validation, in the order channels were picked.
import { Stack, Text } from '@mantine/core';
import { NetworkPreview } from './NetworkPreview.tsx';
import { ValidationSummary } from './ValidationSummary.tsx';
import { mediaFor, textFor, type ComposerDraft } from './composer-draft.ts';
import type { PublishChannel } from './useChannelsForComposer.ts';
import type { TargetValidation } from './types.ts';

type Props = { draft: ComposerDraft; channels: PublishChannel[]; validation: Map<string, TargetValidation>; checking: boolean; showValidation: boolean };

export function PreviewColumn({ draft, channels, validation, checking, showValidation }: Props) {
  const byId = new Map(channels.map((c) => [c.id, c]));
  const chosen = draft.channelIds.map((id) => byId.get(id)).filter((c) => c !== undefined);
  if (chosen.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Pick one or more channels to see how the post will look on each.
      </Text>
    );
  }
  return (
    <Stack gap="sm" aria-label="Previews" role="region">
      {chosen.map((c) => {
        const v = validation.get(c.id);
        return (
          <NetworkPreview
            key={c.id}
            network={c.network}
            networkName={c.networkName}
            channelName={c.displayName}
            handle={c.accountHandle}
            text={v?.preview.text ?? textFor(draft, c.id)}
            segments={v?.preview.segments}
            mediaCount={mediaFor(draft, c.id).length}
          >
            {showValidation ? <ValidationSummary validation={v} channelName={c.displayName} checking={checking} /> : null}
          </NetworkPreview>
        );
      })}
    </Stack>
  );
}
