// Unsent text per conversation and tab, kept while the person moves around the inbox (in this
// tab only), so opening the next conversation does not throw a half-written reply away.
const drafts = new Map<string, string>();
const key = (conversationId: string, mode: string) => `${conversationId}:${mode}`;

export const readDraft = (conversationId: string, mode: string) => drafts.get(key(conversationId, mode)) ?? '';

export function saveDraft(conversationId: string, mode: string, text: string) {
  if (text) drafts.set(key(conversationId, mode), text);
  else drafts.delete(key(conversationId, mode));
}
