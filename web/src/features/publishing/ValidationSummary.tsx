// One channel's validation as the person types: characters left by that channel's counting
// rule, media used of the allowed count, posts left that day, and every problem in words
// (the thread's later parts included).
import { Group, List, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import type { TargetValidation, VariantProblem } from './types.ts';

const number = new Intl.NumberFormat();

type Props = { validation: TargetValidation | undefined; channelName: string; checking: boolean };

export function ValidationSummary({ validation, channelName, checking }: Props) {
  if (!validation) {
    return (
      <Text size="xs" c="dimmed">
        {checking ? 'Checking…' : 'Not checked yet'}
      </Text>
    );
  }
  const { report, thread } = validation;
  const over = report.text.remaining < 0;
  const problems: VariantProblem[] = [...report.problems, ...thread.flatMap((part, i) => part.problems.map((p) => ({ ...p, message: `Thread part ${i + 2}: ${p.message}` })))];
  return (
    <div aria-label={`Validation for ${channelName}`} role="group">
      <Group gap="md" wrap="wrap">
        <Text size="xs" c={over ? 'red' : 'dimmed'} fw={over ? 600 : undefined} aria-label={`Characters left on ${channelName}`} data-remaining={report.text.remaining}>
          {number.format(report.text.remaining)} characters left
        </Text>
        <Text size="xs" c="dimmed">
          {report.media.max === 0 ? 'No media' : `${report.media.count}/${report.media.max} media`}
        </Text>
        {report.dailyCap ? (
          <Text size="xs" c={report.dailyCap.left === 0 ? 'red' : 'dimmed'}>
            {report.dailyCap.left} of {report.dailyCap.cap} posts left that day
          </Text>
        ) : null}
        {problems.length === 0 ? (
          <ThemeIcon size={16} color="teal" variant="light" radius="xl" aria-label={`Ready for ${channelName}`}>
            <IconCheck size={12} />
          </ThemeIcon>
        ) : null}
      </Group>
      {problems.length > 0 ? (
        <List size="xs" mt={4} spacing={2} c="red" icon={<IconAlertTriangle size={12} />} aria-label={`Problems on ${channelName}`}>
          {problems.map((p, i) => (
            <List.Item key={`${p.code}-${i}`} data-code={p.code}>
              {p.message}
            </List.Item>
          ))}
        </List>
      ) : null}
    </div>
  );
}
