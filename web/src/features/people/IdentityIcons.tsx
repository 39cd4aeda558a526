// The networks a person is on, one icon each, named for screen readers ("Bluesky: @ada.bsky.social").
import { Group, Tooltip } from '@mantine/core';
import type { Identity } from '../../api/people-types.ts';
import { NetworkIcon } from '../channels/NetworkIcon.tsx';
import { networkLabel } from './networks.ts';

type Item = Pick<Identity, 'network' | 'handle' | 'verified'>;

const identityLabel = (i: Item) => `${networkLabel(i.network)}${i.handle ? `: ${i.handle}` : ''}${i.verified ? ' (verified)' : ''}`;

export function IdentityIcons({ identities, size = 24 }: { identities: Item[]; size?: number }) {
  if (identities.length === 0) return null;
  return (
    <Group gap={4} wrap="wrap" role="list" aria-label="Identities">
      {identities.map((i, index) => (
        <Tooltip key={`${i.network}-${i.handle ?? index}`} label={identityLabel(i)} withArrow>
          <span role="listitem" aria-label={identityLabel(i)} tabIndex={0} style={{ display: 'inline-flex' }}>
            <NetworkIcon network={i.network} size={size} />
          </span>
        </Tooltip>
      ))}
    </Group>
  );
}
