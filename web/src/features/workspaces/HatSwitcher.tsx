// The hat (social, community or both) the person works in here. Roles that may wear only one
// hat see it as a label instead of a control they cannot use.
import { Badge, SegmentedControl, Tooltip, type MantineBreakpoint, type MantineSpacing } from '@mantine/core';
import type { Hat } from '../../api/types.ts';
import { hatLabels, hatsByRole, roleLabels } from './permissions.ts';
import { useActiveWorkspace } from './useActiveWorkspace.ts';
import { useSwitchHat } from './useSwitchHat.ts';

type Props = { visibleFrom?: MantineBreakpoint; hiddenFrom?: MantineBreakpoint; fullWidth?: boolean; mb?: MantineSpacing };

export function HatSwitcher({ fullWidth, ...boxProps }: Props) {
  const workspace = useActiveWorkspace();
  const switchHat = useSwitchHat(workspace?.id ?? '');
  if (!workspace) return null;
  const hats = hatsByRole[workspace.role];

  if (hats.length < 2) {
    return (
      <Tooltip label={`As ${roleLabels[workspace.role].toLowerCase()} you work in this hat`}>
        <Badge variant="light" size="lg" {...boxProps}>
          {hatLabels[workspace.hat]} hat
        </Badge>
      </Tooltip>
    );
  }
  // Show the hats in a stable order, whatever order the role lists them in.
  const order: Hat[] = ['social', 'community', 'both'];
  return (
    <SegmentedControl
      {...boxProps}
      aria-label="Hat"
      size="xs"
      fullWidth={fullWidth}
      value={workspace.hat}
      onChange={(hat) => switchHat.mutate(hat as Hat)}
      data={order.filter((h) => hats.includes(h)).map((h) => ({ value: h, label: hatLabels[h] }))}
    />
  );
}
