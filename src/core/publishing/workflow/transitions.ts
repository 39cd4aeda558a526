// Which workflow moves a post may make from which state. Anything else answers 409
// invalid_transition; being unapproved is a separate refusal (approval_required), see schedule.
import type { PostState } from '../../../db/schema/index.ts';
import { AppError } from '../../shared/errors.ts';

export type WorkflowMove = 'submit' | 'approve' | 'request_changes' | 'schedule' | 'unschedule';

const from: Record<WorkflowMove, readonly PostState[]> = {
  // From approved too: a step added since the approval applies only once the post is submitted again.
  submit: ['draft', 'changes_requested', 'approved'],
  approve: ['in_review'],
  request_changes: ['in_review'],
  // From draft, in review or changes requested only when no approval step applies; the scheduler
  // refuses those with approval_required otherwise. 'scheduled' is a reschedule.
  schedule: ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled'],
  unschedule: ['scheduled'],
};

export function assertMove(move: WorkflowMove, state: PostState): void {
  if (!from[move].includes(state)) {
    throw new AppError('invalid_transition', `A post that is ${state.replace('_', ' ')} cannot be ${describe[move]}`, { state, move });
  }
}

const describe: Record<WorkflowMove, string> = {
  submit: 'submitted for review',
  approve: 'approved',
  request_changes: 'sent back for changes',
  schedule: 'scheduled',
  unschedule: 'unscheduled',
};
