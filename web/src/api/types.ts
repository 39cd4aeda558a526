// Shapes of the API's answers, as declared in src/http/routes/*.ts.
import type { Hat, Role } from '../features/workspaces/permissions.ts';

export type { Hat, Role };

export type MyWorkspace = { id: string; name: string; timeZone: string; role: Role; hat: Hat };
export type Session = { user: { id: string; email: string; name: string }; csrfToken: string; workspaces: MyWorkspace[] };
export type Workspace = { id: string; name: string; timeZone: string; auditRetentionDays: number | null; requireAltText: boolean; createdAt: string };

export type Member = { id: string; userId: string; name: string; email: string; role: Role; hat: Hat; joinedAt: string };
export type Invitation = { id: string; email: string; role: Role; expiresAt: string; createdAt: string };
export type MembersList = { members: Member[]; invitations: Invitation[] };
export type CreatedInvitation = { id: string; email: string; role: Role; expiresAt: string; link: string };
export type InvitationPreview = { workspaceName: string; email: string; role: Role; hasAccount: boolean };

export type ApiToken = {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
};
export type CreatedApiToken = { id: string; name: string; role: Role; prefix: string; expiresAt: string | null; secret: string };

export type AuditEntry = {
  id: string;
  actorType: 'user' | 'token' | 'system';
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  createdAt: string;
};
export type Page<T> = { items: T[]; nextCursor: string | null };
