// Mastodon delivers a reply or a direct message to the accounts the text mentions, so replies and
// DMs start with "@acct" as every Mastodon client does (acct is "user" on the same instance,
// "user@domain" elsewhere).
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function withMention(acct: string, text: string): string {
  const already = new RegExp(`(^|[^\\w@])@${escapeRegExp(acct)}(?![\\w@.-]*\\w)`, 'i');
  return already.test(text) ? text : `@${acct} ${text}`;
}
