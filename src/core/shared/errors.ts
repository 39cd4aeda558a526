// Typed errors with stable codes. Core raises them; src/http/problem.ts maps them to
// application/problem+json and the CLI prints them as one line.
export type ErrorCode =
  | 'validation_failed'
  | 'not_found'
  | 'forbidden'
  | 'unauthenticated'
  | 'csrf_failed'
  | 'conflict'
  | 'rate_limited'
  | 'setup_done'
  | 'invalid_credentials'
  | 'invitation_invalid'
  | 'last_owner'
  | 'role_too_high'
  | 'hat_not_allowed'
  | 'backup_invalid'
  | 'workspace_exists'
  | 'migrations_pending'
  | 'channel_auth_failed'
  | 'channel_rejected'
  | 'channel_unreachable'
  | 'oauth_failed'
  | 'invalid_transition'
  | 'approval_required'
  | 'not_an_approver'
  | 'variant_invalid'
  | 'schedule_in_past'
  | 'queue_full'
  | 'media_invalid'
  | 'media_too_large'
  | 'import_invalid'
  | 'reply_not_supported'
  | 'reply_invalid'
  | 'mention_not_member'
  | 'unknown_variable'
  | 'unknown_status'
  | 'status_in_use'
  | 'assignee_not_allowed'
  | 'conversation_merged'
  | 'merge_into_self'
  | 'merge_target_merged'
  | 'person_merged'
  | 'merge_undone'
  | 'merge_blocked'
  | 'suggestion_decided'
  | 'not_note_author'
  | 'rule_invalid'
  | 'sla_policy_invalid';

const statusByCode: Record<ErrorCode, number> = {
  validation_failed: 400,
  not_found: 404,
  forbidden: 403,
  unauthenticated: 401,
  csrf_failed: 403,
  conflict: 409,
  rate_limited: 429,
  setup_done: 409,
  invalid_credentials: 401,
  invitation_invalid: 410,
  last_owner: 409,
  role_too_high: 403,
  hat_not_allowed: 422,
  backup_invalid: 400,
  workspace_exists: 409,
  migrations_pending: 409,
  channel_auth_failed: 422,
  channel_rejected: 422,
  channel_unreachable: 503,
  oauth_failed: 400,
  invalid_transition: 409,
  approval_required: 422,
  not_an_approver: 403,
  variant_invalid: 422,
  schedule_in_past: 422,
  queue_full: 422,
  media_invalid: 400,
  media_too_large: 413,
  import_invalid: 400,
  reply_not_supported: 422,
  reply_invalid: 422,
  mention_not_member: 422,
  unknown_variable: 422,
  unknown_status: 422,
  status_in_use: 409,
  assignee_not_allowed: 422,
  conversation_merged: 409,
  merge_into_self: 422,
  merge_target_merged: 409,
  person_merged: 409,
  merge_undone: 409,
  merge_blocked: 409,
  suggestion_decided: 409,
  not_note_author: 403,
  rule_invalid: 422,
  sla_policy_invalid: 422,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.code = code;
    this.status = statusByCode[code];
    this.details = details;
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
