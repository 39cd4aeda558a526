// Where the post stands in the approval steps that apply to it, and who decided what on this
// revision ("you" for the person looking; approvers may not read the member list).
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { formatDateTime } from '../../ui/format.ts';
import { useSignedInSession } from '../auth/useSession.ts';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace.ts';
import { useApprovals } from './useWorkflow.ts';
import type { ApprovalStepStatus } from './types.ts';

const stepStatus = (s: ApprovalStepStatus, current: string | null) =>
  s.satisfied ? { label: 'approved', color: 'teal' } : s.id === current ? { label: 'waiting', color: 'yellow' } : { label: 'later', color: 'gray' };

export function ApprovalSteps({ postId }: { postId: string }) {
  const { workspace } = useCurrentWorkspace();
  const { user } = useSignedInSession();
  const approvals = useApprovals(workspace.id, postId).data;
  if (!approvals || approvals.steps.length === 0) return null;
  return (
    <Card withBorder padding="md" component="section" aria-label="Approval steps">
      <Stack gap="xs">
        <Title order={2} size="h5">
          Approval steps
        </Title>
        {approvals.steps.map((s, i) => {
          const status = stepStatus(s, approvals.currentStepId);
          return (
            <Stack key={s.id} gap={2}>
              <Group gap="xs">
                <Text size="sm" fw={500}>
                  {i + 1}. {s.name}
                </Text>
                <Badge size="xs" variant="light" color={status.color}>
                  {status.label}
                </Badge>
                <Text size="xs" c="dimmed">
                  {s.mode === 'all' ? 'everyone approves' : 'any one approves'}
                </Text>
              </Group>
              {s.decisions.map((d, j) => (
                <Text key={j} size="xs" c={d.decision === 'approved' ? 'teal' : 'orange'}>
                  {d.userId === user.id ? 'You' : 'An approver'} {d.decision === 'approved' ? 'approved' : 'asked for changes'} · {formatDateTime(d.createdAt)}
                  {d.note ? `: “${d.note}”` : ''}
                </Text>
              ))}
            </Stack>
          );
        })}
      </Stack>
    </Card>
  );
}
