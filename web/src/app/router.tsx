// Every URL of the web shell. Public pages (setup, sign-in, invitation) sit outside the
// session gate; everything else needs a signed-in person.
import { createBrowserRouter, Navigate } from 'react-router';
import { AccountPage } from '../features/account/AccountPage.tsx';
import { AuditLogPage } from '../features/audit/AuditLogPage.tsx';
import { ChannelsPage } from '../features/channels/ChannelsPage.tsx';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { AcceptInvitationPage } from '../features/members/AcceptInvitationPage.tsx';
import { MembersPage } from '../features/members/MembersPage.tsx';
import { RolesPage } from '../features/members/RolesPage.tsx';
import { SetupPage } from '../features/setup/SetupPage.tsx';
import { TokensPage } from '../features/tokens/TokensPage.tsx';
import { WebhookDeliveriesPage } from '../features/webhooks/WebhookDeliveriesPage.tsx';
import { WebhooksPage } from '../features/webhooks/WebhooksPage.tsx';
import { OverviewPage } from '../features/workspaces/OverviewPage.tsx';
import { inboxRoutes } from '../features/inbox/routes.tsx';
import { inboxSettingsRoutes } from '../features/inbox-settings/routes.tsx';
import { peopleRoutes } from '../features/people/routes.tsx';
import { publishingRoutes } from '../features/publishing/routes.tsx';
import { publishingSettingsRoutes } from '../features/publishing/settings/routes.tsx';
import { workloadRoutes } from '../features/workload/routes.tsx';
import { WorkspaceRedirect } from '../features/workspaces/WorkspaceRedirect.tsx';
import { WorkspaceScope } from '../features/workspaces/WorkspaceScope.tsx';
import { WorkspaceSettingsPage } from '../features/workspaces/WorkspaceSettingsPage.tsx';
import { AppLayout } from './AppLayout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RequireSession } from './RequireSession.tsx';
import { RouteErrorPage } from './RouteErrorPage.tsx';

export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/setup', element: <SetupPage /> },
      { path: '/login', element: <LoginPage /> },
      { path: '/invite', element: <AcceptInvitationPage /> },
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <WorkspaceRedirect /> },
          {
            element: <AppLayout />,
            children: [
              { path: '/account', element: <AccountPage /> },
              {
                path: '/w/:workspaceId',
                element: <WorkspaceScope />,
                children: [
                  { index: true, element: <OverviewPage /> },
                  { path: 'settings', element: <Navigate to="general" replace /> },
                  { path: 'settings/general', element: <WorkspaceSettingsPage /> },
                  { path: 'settings/members', element: <MembersPage /> },
                  { path: 'settings/roles', element: <RolesPage /> },
                  { path: 'settings/tokens', element: <TokensPage /> },
                  { path: 'settings/webhooks', element: <WebhooksPage /> },
                  { path: 'settings/webhooks/:webhookId', element: <WebhookDeliveriesPage /> },
                  { path: 'channels', element: <ChannelsPage /> },
                  { path: 'audit', element: <AuditLogPage /> },
                  ...publishingRoutes,
                  ...publishingSettingsRoutes,
                  ...peopleRoutes,
                  ...inboxRoutes,
                  ...workloadRoutes,
                  ...inboxSettingsRoutes,
                ],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
