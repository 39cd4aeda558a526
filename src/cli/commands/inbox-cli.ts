// What the inbox commands share: one line per conversation for the terminal, the conversation id
// as the first argument, and a teammate named by e-mail.
import { z } from 'zod';
import type { ConversationSummary } from '../../core/inbox/conversations/conversation-summary.ts';
import type { Tx } from '../../db/client.ts';
import { findMemberForAssignment } from '../../db/queries/conversations.ts';
import { AppError } from '../../core/shared/errors.ts';

export const conversationArg = z.guid('The first argument must be a conversation id');

/** id, status, priority, hat, channel, person, assignee, unread, SLA, the last message's first line. */
export function describeConversation(c: ConversationSummary): string {
  const who = c.person ? (c.person.handle ? `${c.person.displayName} (${c.person.handle})` : c.person.displayName) : 'unknown';
  const text = (c.lastMessage?.text ?? c.subject ?? '').split('\n')[0]!;
  const sla = c.sla.state === 'none' ? '' : `sla:${c.sla.state}`;
  return [c.id, c.status, c.priority, c.hat, c.channel.displayName, who, c.assignee?.name ?? 'unassigned', c.unreadCount ? `${c.unreadCount} unread` : '', sla, text.length > 60 ? `${text.slice(0, 59)}…` : text].join('\t');
}

/** The user id of the member with this e-mail (any role: for filtering, not for assigning). */
export async function memberIdByEmail(db: Tx, workspaceId: string, email: string): Promise<string> {
  const member = await findMemberForAssignment(db, workspaceId, { email });
  if (!member) throw new AppError('not_found', `No member with the e-mail ${email} in this workspace`);
  return member.userId;
}
