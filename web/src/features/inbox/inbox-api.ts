// Where the inbox lives in the API, and the query keys every inbox hook shares: a change made
// anywhere in the inbox refreshes everything under inboxKey (lists, counts, the open thread).
export const inboxBase = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}/inbox`;
export const conversationPath = (workspaceId: string, id: string) => `${inboxBase(workspaceId)}/conversations/${id}`;

export const inboxKey = (workspaceId: string) => ['workspaces', workspaceId, 'inbox'] as const;
export const conversationsKey = (workspaceId: string) => [...inboxKey(workspaceId), 'conversations'] as const;
export const conversationKey = (workspaceId: string, id: string) => [...inboxKey(workspaceId), 'conversation', id] as const;
export const countsKey = (workspaceId: string) => [...inboxKey(workspaceId), 'counts'] as const;
