// Telegram message ids are unique per chat only, so an externalId is "chatId:messageId".
export type MessageRef = { chatId: string; messageId: number };

export const messageExternalId = (chatId: number | string, messageId: number): string => `${chatId}:${messageId}`;

export function parseMessageRef(externalId: string): MessageRef | undefined {
  const match = /^(@?[A-Za-z0-9_-]+):(\d+)$/.exec(externalId);
  if (!match?.[1] || !match[2]) return undefined;
  return { chatId: match[1], messageId: Number(match[2]) };
}

/**
 * A link to the message: t.me/<username>/<id> for public chats, t.me/c/<id>/<id> (members only)
 * for channels and supergroups without a username. Basic groups have no message links: the chat's
 * t.me/c form is returned anyway, as the closest thing.
 */
export function messageUrl(chat: { id: number; username?: string }, messageId: number): string {
  if (chat.username) return `https://t.me/${chat.username}/${messageId}`;
  const internal = String(chat.id).replace(/^-100/, '').replace(/^-/, '');
  return `https://t.me/c/${internal}/${messageId}`;
}
