// Moderation an account can do on its own instance (methods/reports, methods/accounts):
// - report: POST /api/v1/reports for a status (the target), naming its author, with the reason
//   as the comment; the instance's moderators decide.
// - ban: POST /api/v1/accounts/:id/block. The blocked account can no longer follow the brand,
//   see its posts when logged in, or reach it with mentions.
// The SDK's other actions have no Mastodon equivalent for a non-moderator account: it cannot
// delete or hide someone else's status, and has no timeout or kick.
import type { ModerationAction, ModerationInput } from '../sdk/operations.ts';
import type { Result } from '../sdk/result.ts';
import { ok, rejected } from '../sdk/result.ts';
import type { Ctx } from './api.ts';
import { api } from './api.ts';
import type { Status } from './entities.ts';

export const moderationActions: readonly ModerationAction[] = ['report', 'ban'];

// entities/Report: the comment is at most 1,000 characters.
const MAX_COMMENT = 1_000;

async function report(ctx: Ctx, statusId: string, reason: string | undefined): Promise<Result<void>> {
  const status = await api(ctx, { path: `/api/v1/statuses/${encodeURIComponent(statusId)}` });
  if (!status.ok) return status;
  const answer = await api(ctx, {
    method: 'POST',
    path: '/api/v1/reports',
    json: {
      account_id: (status.value.body as Status).account.id,
      status_ids: [statusId],
      comment: (reason ?? '').slice(0, MAX_COMMENT),
      // "violation" would need the instance's rule ids; "spam" is a claim Tandem cannot make.
      category: 'other',
    },
  });
  return answer.ok ? ok(undefined) : answer;
}

export async function moderate(ctx: Ctx, input: ModerationInput): Promise<Result<void>> {
  if (input.action === 'report') return report(ctx, input.targetExternalId, input.reason);
  if (input.action === 'ban') {
    const answer = await api(ctx, { method: 'POST', path: `/api/v1/accounts/${encodeURIComponent(input.targetExternalId)}/block` });
    return answer.ok ? ok(undefined) : answer;
  }
  return rejected(`Mastodon has no "${input.action}" for this account`, 'unsupported_action');
}
