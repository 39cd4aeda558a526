// Who an internal note mentions: the teammates named in `mentions` (ids, as the web's picker sends
// them) and those written in the text as @email or @Full Name (or @FirstName when one member
// alone has it). An id or an @email that is not a member who can read the inbox is an error, so
// nobody believes a colleague was told when they were not. An @word that names nobody stays text
// ("@acme replied on Mastodon"): a note often quotes the network's own handles.
import { can } from '../../permissions.ts';
import type { Role } from '../../roles.ts';
import { AppError } from '../../shared/errors.ts';

export type Mentionable = { userId: string; name: string; email: string; role: Role; disabled: boolean };

const EMAIL = /@([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// "@Dana Scully," or "@Dana." ends the name; "@Danaa" does not name Dana.
const named = (name: string) => new RegExp(`(^|[^A-Za-z0-9._%+-])@${escape(name)}(?![\\p{L}\\p{N}_])`, 'iu');

/** The ids written in the text, and the @emails that are nobody in the workspace. */
export function parseMentions(text: string, members: readonly Mentionable[]): { userIds: string[]; unknownEmails: string[] } {
  const active = members.filter((m) => !m.disabled);
  const found = new Set<string>();
  const unknownEmails: string[] = [];
  for (const match of text.matchAll(EMAIL)) {
    const email = match[1]!.replace(/\.+$/, '');
    const member = active.find((m) => m.email.toLowerCase() === email.toLowerCase());
    if (member) found.add(member.userId);
    else unknownEmails.push(email);
  }
  const withoutEmails = text.replace(EMAIL, ' ');
  // Longest names first, so "@Dana Scully" is Dana Scully and not Dana somebody else.
  const byLength = [...active].sort((a, b) => b.name.length - a.name.length);
  for (const m of byLength) if (m.name.trim() && named(m.name.trim()).test(withoutEmails)) found.add(m.userId);
  const firstNames = new Map<string, Mentionable[]>();
  for (const m of active) {
    const first = m.name.trim().split(/\s+/)[0]?.toLowerCase();
    if (first) firstNames.set(first, [...(firstNames.get(first) ?? []), m]);
  }
  for (const [first, owners] of firstNames) if (owners.length === 1 && named(first).test(withoutEmails)) found.add(owners[0]!.userId);
  return { userIds: [...found], unknownEmails };
}

/** Every teammate the note mentions, checked: members, active, and allowed to open the conversation. */
export function resolveMentions(text: string, explicit: readonly string[], members: readonly Mentionable[]): string[] {
  const parsed = parseMentions(text, members);
  if (parsed.unknownEmails.length > 0) throw new AppError('mention_not_member', `Not a member of this workspace: ${parsed.unknownEmails.join(', ')} (to quote a handle on a network, write it without the leading @)`, { emails: parsed.unknownEmails });
  const byId = new Map(members.map((m) => [m.userId, m]));
  const strangers = explicit.filter((id) => !byId.get(id) || byId.get(id)!.disabled);
  if (strangers.length > 0) throw new AppError('mention_not_member', 'Only members of this workspace can be mentioned', { userIds: strangers });
  const all = [...new Set([...explicit, ...parsed.userIds])];
  const blind = all.map((id) => byId.get(id)!).filter((m) => !can(m.role, 'inbox.read'));
  if (blind.length > 0) throw new AppError('mention_not_member', `${blind.map((m) => m.name).join(', ')} cannot see the inbox, so a mention would not reach them`, { userIds: blind.map((m) => m.userId), reason: 'cannot_read_inbox' });
  return all;
}
