// Helpers for tests that walk every workspace route of the OpenAPI document: each route gets a
// valid sample body, so a refusal can only come from isolation or permissions, never validation.
import type { TestClient } from '../../testing/test-app.ts';

export type WalkedRoute = { method: string; path: string; action: string };

// A valid body for every workspace route that takes one. A new route without a sample fails the
// walk tests, so nobody can add a route that escapes them.
export const sampleBodies: Record<string, unknown> = {
  'PATCH /api/v1/workspaces/{workspaceId}': { name: 'Renamed' },
  'PUT /api/v1/workspaces/{workspaceId}/hat': { hat: 'social' },
  'POST /api/v1/workspaces/{workspaceId}/invitations': { email: 'walker@example.com', role: 'analyst' },
  'PATCH /api/v1/workspaces/{workspaceId}/members/{memberId}': { role: 'analyst' },
  'POST /api/v1/workspaces/{workspaceId}/tokens': { name: 'walk', role: 'analyst' },
  'POST /api/v1/workspaces/{workspaceId}/channels': { network: 'walk-test', displayName: 'Walk', config: {} },
  'PATCH /api/v1/workspaces/{workspaceId}/channels/{channelId}': { displayName: 'Walked' },
  'POST /api/v1/workspaces/{workspaceId}/channels/{channelId}/test': {},
  'POST /api/v1/workspaces/{workspaceId}/channels/{channelId}/reconnect': { credentials: { token: 'walk' } },
  'POST /api/v1/workspaces/{workspaceId}/channels/oauth/start': { network: 'walk-test', config: {} },
  'POST /api/v1/workspaces/{workspaceId}/people': { displayName: 'Walker' },
  'PATCH /api/v1/workspaces/{workspaceId}/people/{personId}': { tags: ['walked'] },
  'POST /api/v1/workspaces/{workspaceId}/people/{personId}/identities': { network: 'mastodon', externalId: 'walk-1' },
  'POST /api/v1/workspaces/{workspaceId}/people/{personId}/notes': { body: 'Walked note' },
  'POST /api/v1/workspaces/{workspaceId}/people/{personId}/merge': { otherPersonId: '00000000-0000-4000-8000-000000000000' },
  'POST /api/v1/workspaces/{workspaceId}/people/merge-suggestions/rescan': {},
  'POST /api/v1/workspaces/{workspaceId}/people/merge-suggestions/{suggestionId}/merge': {},
  'POST /api/v1/workspaces/{workspaceId}/people/merge-suggestions/{suggestionId}/dismiss': {},
  'POST /api/v1/workspaces/{workspaceId}/people/merges/{mergeId}/undo': {},
  'POST /api/v1/workspaces/{workspaceId}/activities': { channelId: '00000000-0000-4000-8000-000000000000', type: 'posted', externalId: 'walk-1', occurredAt: '2026-01-01T00:00:00Z' },
  'POST /api/v1/workspaces/{workspaceId}/webhooks': { name: 'Walk', url: 'https://example.com/hook', events: ['*'] },
  'PATCH /api/v1/workspaces/{workspaceId}/webhooks/{webhookId}': { active: false },
  'POST /api/v1/workspaces/{workspaceId}/webhooks/{webhookId}/test': {},
  'POST /api/v1/workspaces/{workspaceId}/posts': { text: 'Walk', targets: [{ channelId: '00000000-0000-4000-8000-000000000000' }] },
  'POST /api/v1/workspaces/{workspaceId}/posts/validate': { text: 'Walk', targets: [{ channelId: '00000000-0000-4000-8000-000000000000' }] },
  'PATCH /api/v1/workspaces/{workspaceId}/posts/{postId}': { labels: ['walked'] },
  'POST /api/v1/workspaces/{workspaceId}/posts/{postId}/comments': { body: 'Walked by' },
  'POST /api/v1/workspaces/{workspaceId}/templates': { name: 'Walk template' },
  'PUT /api/v1/workspaces/{workspaceId}/approval-steps': { steps: [] },
  'POST /api/v1/workspaces/{workspaceId}/posts/{postId}/submit': {},
  'POST /api/v1/workspaces/{workspaceId}/posts/{postId}/approve': {},
  'POST /api/v1/workspaces/{workspaceId}/posts/{postId}/request-changes': { note: 'Walked' },
  'POST /api/v1/workspaces/{workspaceId}/posts/{postId}/schedule': { at: '2030-01-01T09:00:00Z' },
  'POST /api/v1/workspaces/{workspaceId}/posts/{postId}/queue': {},
  'POST /api/v1/workspaces/{workspaceId}/posts/{postId}/unschedule': {},
  'POST /api/v1/workspaces/{workspaceId}/posts/{postId}/targets/{targetId}/mark-published': { url: 'https://example.com/walked' },
  'POST /api/v1/workspaces/{workspaceId}/posts/{postId}/targets/{targetId}/retry': {},
  'POST /api/v1/workspaces/{workspaceId}/campaigns/{campaignId}/spread': { postIds: ['00000000-0000-4000-8000-000000000000'] },
  'PUT /api/v1/workspaces/{workspaceId}/channels/{channelId}/queue-slots': { slots: [{ weekday: 0, time: '09:00' }] },
  'POST /api/v1/workspaces/{workspaceId}/campaigns': { name: 'Walk campaign' },
  'PATCH /api/v1/workspaces/{workspaceId}/campaigns/{campaignId}': { goal: 'Walked' },
  'POST /api/v1/workspaces/{workspaceId}/campaigns/{campaignId}/archive': {},
  'POST /api/v1/workspaces/{workspaceId}/campaigns/{campaignId}/restore': {},
  'POST /api/v1/workspaces/{workspaceId}/post-imports': { fileName: 'walk.csv', content: 'text,channels\nWalk,Nowhere\n', dryRun: true },
  'POST /api/v1/workspaces/{workspaceId}/feed-rules': { name: 'Walk', feedChannelId: '00000000-0000-4000-8000-000000000000', targetChannelIds: ['00000000-0000-4000-8000-000000000000'], template: '{title} {url}' },
  'POST /api/v1/workspaces/{workspaceId}/feed-rules/preview': { feedChannelId: '00000000-0000-4000-8000-000000000000', template: '{title}' },
  'PATCH /api/v1/workspaces/{workspaceId}/feed-rules/{ruleId}': { enabled: false },
  'POST /api/v1/workspaces/{workspaceId}/media': {},
  'PATCH /api/v1/workspaces/{workspaceId}/media/{mediaId}': { altText: 'Walked' },
  'POST /api/v1/workspaces/{workspaceId}/notifications/read-all': {},
  'POST /api/v1/workspaces/{workspaceId}/notifications/{notificationId}/read': {},
  'POST /api/v1/workspaces/{workspaceId}/inbox/rules': { name: 'Walk rule', conditions: { keywords: ['walk'] }, actions: [{ type: 'tag', tags: ['walked'] }] },
  'PUT /api/v1/workspaces/{workspaceId}/inbox/rules/order': { ruleIds: [] },
  'POST /api/v1/workspaces/{workspaceId}/inbox/rules/test': { text: 'Walk this way' },
  'PATCH /api/v1/workspaces/{workspaceId}/inbox/rules/{inboxRuleId}': { enabled: false },
  'PUT /api/v1/workspaces/{workspaceId}/inbox/availability': { available: true },
  'POST /api/v1/workspaces/{workspaceId}/inbox/sla-policies': { name: 'Walk SLA', firstResponseMinutes: 60 },
  'PATCH /api/v1/workspaces/{workspaceId}/inbox/sla-policies/{policyId}': { name: 'Walked SLA' },
  'PATCH /api/v1/workspaces/{workspaceId}/inbox/conversations/{conversationId}': { priority: 'high' },
  'POST /api/v1/workspaces/{workspaceId}/inbox/conversations/bulk': { conversationIds: ['00000000-0000-4000-8000-000000000000'], changes: { priority: 'high' } },
  'POST /api/v1/workspaces/{workspaceId}/inbox/conversations/{conversationId}/read': {},
  'POST /api/v1/workspaces/{workspaceId}/inbox/conversations/{conversationId}/merge': { intoConversationId: '00000000-0000-4000-8000-000000000000' },
  'PUT /api/v1/workspaces/{workspaceId}/inbox/settings': { autoAssign: false },
  'POST /api/v1/workspaces/{workspaceId}/inbox/refresh': {},
  'PUT /api/v1/workspaces/{workspaceId}/inbox/channels/{channelId}/hat': { hat: 'community' },
  'POST /api/v1/workspaces/{workspaceId}/inbox/conversations/{conversationId}/replies': { text: 'Walked reply' },
  'POST /api/v1/workspaces/{workspaceId}/inbox/conversations/{conversationId}/replies/check': { text: 'Walked reply' },
  'POST /api/v1/workspaces/{workspaceId}/inbox/conversations/{conversationId}/notes': { text: 'Walked note' },
  'POST /api/v1/workspaces/{workspaceId}/inbox/saved-replies': { name: 'Walk', shortcut: 'walk', body: 'Hi {{person.first_name}}' },
  'PATCH /api/v1/workspaces/{workspaceId}/inbox/saved-replies/{savedReplyId}': { name: 'Walked' },
  'POST /api/v1/workspaces/{workspaceId}/inbox/conversations/{conversationId}/render-reply': { savedReplyId: '00000000-0000-4000-8000-000000000000' },
  'PUT /api/v1/workspaces/{workspaceId}/inbox/conversations/{conversationId}/presence': { state: 'viewing' },
};

export async function workspaceRoutes(client: TestClient): Promise<WalkedRoute[]> {
  const doc = (await client.get('/api/openapi.json')).body as { paths: Record<string, Record<string, { 'x-tandem-action'?: string }>> };
  const routes: WalkedRoute[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/v1/workspaces/{workspaceId}')) continue;
    for (const [method, op] of Object.entries(ops)) {
      if (!op['x-tandem-action']) throw new Error(`${method} ${path} declares no x-tandem-action`);
      routes.push({ method: method.toUpperCase(), path, action: op['x-tandem-action'] });
    }
  }
  return routes;
}

export function bodyFor(route: WalkedRoute): unknown {
  if (route.method === 'GET' || route.method === 'DELETE') return undefined;
  const body = sampleBodies[`${route.method} ${route.path}`];
  if (body === undefined) throw new Error(`No sample body for ${route.method} ${route.path}: add one to sampleBodies`);
  return body;
}

/** Fills {workspaceId} and every other {param} from the given ids. */
export function fill(path: string, ids: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const id = ids[name];
    if (!id) throw new Error(`No id for {${name}} in ${path}`);
    return id;
  });
}
