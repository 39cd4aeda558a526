// A connector's item is checked before it is stored: one that cannot be stored (no id, no author,
// no readable time) is skipped with its reason, and the rest of its page goes on.
import type { InboxItem } from '../../../connectors/sdk/operations.ts';
import type { MessageScore } from '../../../nlp/score-message.ts';

export const itemKinds = ['mention', 'reply', 'comment', 'message', 'dm'] as const;

/** The activity each kind of item is logged as (the webhook receiver uses the same words). */
export const activityTypeOfKind: Record<InboxItem['kind'], string> = {
  mention: 'mentioned',
  reply: 'replied',
  comment: 'commented',
  message: 'posted',
  dm: 'messaged',
};

/** An item ready to store: checked, with its time parsed and its text scored. */
export type ReadyItem = { item: InboxItem; occurredAt: Date; score: MessageScore };

const MAX_ID = 2_000;
const nonEmpty = (v: unknown, max = MAX_ID): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= max;
const optionalString = (v: unknown) => v === undefined || typeof v === 'string';

/** Why the item cannot be stored, or null when it can. */
export function itemProblem(item: unknown): string | null {
  if (typeof item !== 'object' || item === null) return 'not an object';
  const i = item as Partial<InboxItem>;
  if (!nonEmpty(i.externalId)) return 'externalId missing or too long';
  if (!itemKinds.includes(i.kind as InboxItem['kind'])) return `unknown kind ${JSON.stringify(i.kind)}`;
  if (typeof i.author !== 'object' || i.author === null || !nonEmpty(i.author.externalId)) return 'author.externalId missing';
  if (typeof i.text !== 'string') return 'text is not a string';
  if (typeof i.createdAt !== 'string' || Number.isNaN(Date.parse(i.createdAt))) return `createdAt ${JSON.stringify(i.createdAt)} is not a time`;
  if (!optionalString(i.inReplyTo) || !optionalString(i.threadId) || !optionalString(i.url)) return 'inReplyTo, threadId or url is not a string';
  return null;
}
