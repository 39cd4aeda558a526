// Characters left on the channel, counted by the server with the channel's own rule (the same
// count the composer shows), and every problem in words. Until the server answers, a plain
// count against the channel's limit stands in.
import { Group, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReplyCheck } from '../../api/inbox-types.ts';

const number = new Intl.NumberFormat();

/** `check`: the server's answer for this text, none while the box is empty. */
type Props = { text: string; limit: number | undefined; check: ReplyCheck | undefined; checking: boolean };

export function ReplyCounter({ text, limit, check, checking }: Props) {
  const local = limit === undefined ? undefined : limit - [...text].length;
  const remaining = check ? (check.remaining ?? local) : local;
  const issues = check?.issues ?? [];
  if (remaining === undefined && issues.length === 0) return null;
  const over = remaining !== undefined && remaining < 0;
  return (
    <div>
      <Group gap="xs">
        {remaining !== undefined ? (
          <Text size="xs" c={over ? 'red' : 'dimmed'} fw={over ? 600 : undefined} aria-label="Characters left" data-remaining={remaining} aria-live="polite">
            {number.format(remaining)} characters left
          </Text>
        ) : null}
        {checking ? (
          <Text size="xs" c="dimmed">
            checking…
          </Text>
        ) : null}
      </Group>
      {issues.length > 0 ? (
        <List size="xs" mt={4} spacing={2} c="red" icon={<IconAlertTriangle size={12} />} aria-label="Reply problems">
          {issues.map((p, i) => (
            <List.Item key={`${p.code}-${i}`} data-code={p.code}>
              {p.message}
            </List.Item>
          ))}
        </List>
      ) : null}
    </div>
  );
}
