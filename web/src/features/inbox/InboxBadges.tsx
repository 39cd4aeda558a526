// The small chips a conversation carries in the list and its header: sentiment, priority and
// where its SLA clock stands (on track, due soon, breached).
import { Badge, Tooltip } from '@mantine/core';
import { IconClockExclamation, IconClockHour4 } from '@tabler/icons-react';
import type { ConversationSummary, Priority, Sentiment } from '../../api/inbox-types.ts';
import { formatDateTime } from '../../ui/format.ts';
import { fromNow, priorityColors, priorityLabels, sentimentColors, sentimentLabels, slaColors, slaLabels } from './inbox-labels.ts';

export function SentimentBadge({ sentiment }: { sentiment: Sentiment | null }) {
  if (!sentiment || sentiment === 'neutral') return null;
  return (
    <Badge size="xs" variant="light" color={sentimentColors[sentiment]} data-sentiment={sentiment}>
      {sentimentLabels[sentiment]}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: Priority }) {
  if (priority === 'none') return null;
  return (
    <Badge size="xs" variant={priority === 'urgent' ? 'filled' : 'light'} color={priorityColors[priority]} data-priority={priority}>
      {priorityLabels[priority]}
    </Badge>
  );
}

export function SlaBadge({ sla }: { sla: ConversationSummary['sla'] }) {
  if (sla.state === 'none') return null;
  const due = sla.dueAt ? (sla.state === 'breached' ? `was due ${fromNow(sla.dueAt)}` : `due ${fromNow(sla.dueAt)}`) : '';
  const label = `${slaLabels[sla.state]}${due ? `, ${due}` : ''}`;
  return (
    <Tooltip label={sla.dueAt ? `${slaLabels[sla.state]}: ${formatDateTime(sla.dueAt)}` : slaLabels[sla.state]} withArrow>
      <Badge
        size="xs"
        variant={sla.state === 'breached' ? 'filled' : 'light'}
        color={slaColors[sla.state]}
        leftSection={sla.state === 'ok' ? <IconClockHour4 size={10} /> : <IconClockExclamation size={10} />}
        aria-label={label}
        data-sla={sla.state}
      >
        {sla.dueAt ? fromNow(sla.dueAt) : slaLabels[sla.state]}
      </Badge>
    </Tooltip>
  );
}
