// The inbox pages under /w/:workspaceId, spread into the router's workspace children. The open
// conversation is part of the path, so it survives a reload and can be linked to; one route with
// an optional segment keeps the page mounted (list scroll, cursor) when a conversation opens.
import { Navigate, useParams, useSearchParams, type RouteObject } from 'react-router';
import { InboxPage } from './InboxPage.tsx';

// Links written as /inbox?conversation=<id> (the people pages) open that conversation too.
function InboxRoute() {
  const { workspaceId, conversationId } = useParams();
  const [params] = useSearchParams();
  const asked = params.get('conversation');
  if (!conversationId && asked) {
    const rest = new URLSearchParams(params);
    rest.delete('conversation');
    const search = rest.toString();
    return <Navigate replace to={`/w/${workspaceId}/inbox/${asked}${search ? `?${search}` : ''}`} />;
  }
  return <InboxPage />;
}

export const inboxRoutes: RouteObject[] = [{ path: 'inbox/:conversationId?', element: <InboxRoute /> }];
