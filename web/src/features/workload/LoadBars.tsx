// Each member's open conversations now against their cap, as bars people can read without the
// chart: the number, the cap and the share of it in use.
import { Badge, Group, Progress, Stack, Switch, Text } from '@mantine/core';
import type { Workload } from '../../api/inbox-settings-types.ts';

type Member = Workload['members'][number];
type Props = { members: Member[]; canToggle: (userId: string) => boolean; busy: string | null; onToggle: (m: Member, available: boolean) => void };

const loadColor = (open: number, cap: number) => (cap > 0 && open >= cap ? 'red' : cap > 0 && open / cap >= 0.8 ? 'orange' : 'teal');

export function LoadBars({ members, canToggle, busy, onToggle }: Props) {
  return (
    <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Open load now">
      {members.map((m) => {
        const share = m.cap > 0 ? Math.min(100, (m.open / m.cap) * 100) : 0;
        return (
          <Stack key={m.userId} gap={4} component="li" aria-label={`${m.name}: ${m.open} open of ${m.cap}${m.available ? '' : ', away'}`}>
            <Group justify="space-between" wrap="nowrap">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <Text size="sm" fw={500} truncate>
                  {m.name}
                </Text>
                {m.available ? null : (
                  <Badge size="xs" color="gray" variant="light">
                    Away
                  </Badge>
                )}
                {m.open >= m.cap ? (
                  <Badge size="xs" color="red" variant="light">
                    At cap
                  </Badge>
                ) : null}
              </Group>
              <Group gap="sm" wrap="nowrap">
                <Text size="sm" c="dimmed">
                  {m.open} / {m.cap}
                </Text>
                <Switch size="sm" label="Available" aria-label={`${m.name} available`} checked={m.available} disabled={!canToggle(m.userId) || busy === m.userId} onChange={(e) => onToggle(m, e.currentTarget.checked)} />
              </Group>
            </Group>
            <Progress value={share} color={loadColor(m.open, m.cap)} size="lg" radius="sm" aria-hidden />
          </Stack>
        );
      })}
    </Stack>
  );
}
