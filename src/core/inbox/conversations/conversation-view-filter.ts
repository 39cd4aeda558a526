// Turns the API's view parameters into the query's: "me" is the signed-in teammate, a status must
// be a built-in or one of the workspace's own.
import type { ConversationView } from '../../../db/queries/conversations-list.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { allStatuses, getInboxSettings } from '../settings/inbox-settings.ts';
import type { InboxHat, Priority, Sentiment } from '../vocabulary.ts';

export type ViewInput = {
  status?: string;
  hat?: InboxHat;
  /** "me", "unassigned" or a user id. */
  assignee?: string;
  channelId?: string;
  personId?: string;
  tag?: string;
  sentiment?: Sentiment;
  priority?: Priority;
  unread?: boolean;
};

/** The user the actor is, for "mine"; an API token or the system is nobody's "me". */
export function actorUserId(ctx: WorkspaceCtx): string {
  if (ctx.actor.type !== 'user') throw new AppError('validation_failed', 'assignee=me needs a signed-in teammate; an API token passes a user id');
  return ctx.actor.id;
}

/** Refuses a status that is not among the workspace's (`known`, from allStatuses). */
export function checkStatusIn(known: string[], status: string): void {
  if (!known.includes(status)) throw new AppError('unknown_status', `Unknown status "${status}"; this workspace has: ${known.join(', ')}`);
}

export async function checkStatus(ctx: WorkspaceCtx, status: string): Promise<void> {
  checkStatusIn(allStatuses(await getInboxSettings(ctx)), status);
}

export async function toView(ctx: WorkspaceCtx, input: ViewInput): Promise<ConversationView> {
  if (input.status !== undefined) await checkStatus(ctx, input.status);
  const { assignee, tag, ...rest } = input;
  const view: ConversationView = { ...rest };
  if (tag !== undefined) view.tag = tag.trim();
  if (assignee === 'me') view.assigneeId = actorUserId(ctx);
  else if (assignee === 'unassigned') view.assigneeId = null;
  else if (assignee !== undefined) view.assigneeId = assignee;
  return view;
}
