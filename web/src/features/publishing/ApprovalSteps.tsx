// Where the post stands in the workspace's approval steps, and who decided what.
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { formatDateTime } from '../../ui/format.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { useApprovals } from './useWorkflow.ts';

export function ApprovalSteps({ postId }: { postId: string }) {
  const { workspace } = useCurrentWorkspace();
  const approvals = useApprovals(workspace.id, postId);
  const steps = approvals.data?.steps ?? [];
  if (steps.length === 0) return null;
  return (
    <Card withBorder padding="md" component="section" aria-label="Approval steps">
      <Stack gap="xs">
        <Title order={2} size="h5">
          Approval steps
        </Title>
        {steps.map((s, i) => (
          <Stack key={s.stepId ?? i} gap={2}>
            <Group gap="xs">
              <Text size="sm" fw={500}>
                {i + 1}. {s.name}
              </Text>
              <Badge size="xs" variant="light">
                {s.mode === 'all' ? 'everyone approves' : 'any one approves'}
              </Badge>
              {s.status ? (
                <Badge size="xs" variant="outline">
                  {s.status.replace(/_/g, ' ')}
                </Badge>
              ) : null}
            </Group>
            {s.decisions.map((d, j) => (
              <Text key={j} size="xs" c={d.decision === 'approved' ? 'teal' : 'orange'}>
                {d.userName ?? 'Someone'} {d.decision === 'approved' ? 'approved' : 'asked for changes'} · {formatDateTime(d.createdAt)}
                {d.note ? `: “${d.note}”` : ''}
              </Text>
            ))}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
