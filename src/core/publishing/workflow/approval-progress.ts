// Where a post stands in its approval steps, from the decisions on its current revision. Pure: the
// caller loads the steps that apply (workspace's, then its channels') and the decisions.
import type { ApprovalRow, ApprovalStepRow } from '../../../db/queries/post-workflow.ts';

export type StepProgress = {
  step: ApprovalStepRow;
  /** Each approver's latest decision on this step, in the order they were made. */
  decisions: ApprovalRow[];
  satisfied: boolean;
};

export type ApprovalProgress = {
  steps: StepProgress[];
  /** The first step not yet satisfied: the one whose approvers decide now. */
  current: ApprovalStepRow | null;
  /** Every step is satisfied (true when no step applies). */
  complete: boolean;
};

function latestByApprover(decisions: ApprovalRow[]): ApprovalRow[] {
  const latest = new Map<string, ApprovalRow>();
  for (const d of decisions) if (d.userId) latest.set(d.userId, d);
  return [...latest.values()].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

function isSatisfied(step: ApprovalStepRow, decisions: ApprovalRow[]): boolean {
  const approved = new Set(decisions.filter((d) => d.decision === 'approved' && step.approverIds.includes(d.userId!)).map((d) => d.userId));
  return step.mode === 'any' ? approved.size > 0 : step.approverIds.every((id) => approved.has(id));
}

/** Steps are satisfied in order: a later step's approvals only count once the ones before it are. */
export function approvalProgress(steps: ApprovalStepRow[], approvals: ApprovalRow[]): ApprovalProgress {
  let current: ApprovalStepRow | null = null;
  const progress = steps.map((step) => {
    const decisions = latestByApprover(approvals.filter((a) => a.stepId === step.id));
    const satisfied = current === null && isSatisfied(step, decisions);
    if (!satisfied && current === null) current = step;
    return { step, decisions, satisfied };
  });
  return { steps: progress, current, complete: current === null };
}
