// The permission matrix: which role may take which action. Every route names its action and
// goes through `can`; tests walk this table role by role.
import { roles, type Hat, type Role } from './roles.ts';
import { AppError } from './shared/errors.ts';

export const actions = [
  'workspace.read',
  'workspace.update',
  'members.read',
  'members.invite',
  'members.update',
  'members.remove',
  'tokens.read',
  'tokens.manage',
  'audit.read',
  'channels.read',
  'channels.manage',
  'people.read',
  'people.write',
  'activities.read',
  'activities.write',
  'webhooks.read',
  'webhooks.manage',
  'posts.read',
  'posts.write',
  'posts.comment',
  'posts.approve',
  'approvals.manage',
  'queues.manage',
  'campaigns.read',
  'campaigns.manage',
  'media.read',
  'media.write',
  'inbox.read',
  'inbox.reply',
  'inbox.manage',
  'inbox.configure',
  'people.merge',
] as const;
export type Action = (typeof actions)[number];

const everything = new Set<Action>(actions);
const readOnly: Action[] = ['workspace.read', 'members.read', 'channels.read', 'people.read', 'activities.read', 'posts.read', 'campaigns.read', 'media.read'];
const composing: Action[] = ['posts.write', 'posts.comment', 'media.write'];
// Answering people: read, reply, note, assign, tag, resolve; merging the people behind them.
const answering: Action[] = ['inbox.read', 'inbox.reply', 'inbox.manage', 'people.merge'];

export const matrix: Record<Role, ReadonlySet<Action>> = {
  owner: everything,
  admin: everything,
  social_media_manager: new Set([...readOnly, ...composing, ...answering, 'channels.manage', 'people.write', 'activities.write', 'queues.manage', 'campaigns.manage']),
  community_manager: new Set([...readOnly, ...composing, ...answering, 'people.write', 'activities.write']),
  analyst: new Set([...readOnly, 'inbox.read', 'audit.read', 'webhooks.read']),
  // A client who reviews: sees the posts and their media, comments, approves; nothing else.
  approver: new Set(['workspace.read', 'posts.read', 'posts.comment', 'posts.approve', 'media.read']),
};

/** The hats each role may wear; the first is the default for a new member. */
export const hatsByRole: Record<Role, readonly Hat[]> = {
  owner: ['both', 'social', 'community'],
  admin: ['both', 'social', 'community'],
  social_media_manager: ['social'],
  community_manager: ['community'],
  analyst: ['both', 'social', 'community'],
  approver: ['social'],
};

// Owners manage everyone; admins manage every role but owner.
const rank: Record<Role, number> = {
  owner: 3,
  admin: 2,
  social_media_manager: 1,
  community_manager: 1,
  analyst: 1,
  approver: 1,
};

export const can = (role: Role, action: Action): boolean => matrix[role].has(action);

export function authorize(role: Role, action: Action): void {
  if (!can(role, action)) throw new AppError('forbidden', `Your role (${role}) may not do ${action}`);
}

/** An actor may only grant, change or remove roles up to its own rank. */
export function assertMayGrant(actorRole: Role, role: Role): void {
  if (rank[role] > rank[actorRole]) throw new AppError('role_too_high', `A ${actorRole} cannot grant or change the ${role} role`);
}

/** The roles an actor may hand out; the web app offers exactly these. */
export const grantableRoles = (actorRole: Role): Role[] =>
  can(actorRole, 'members.update') ? roles.filter((r) => rank[r] <= rank[actorRole]) : [];

export function assertHatAllowed(role: Role, hat: Hat): void {
  if (!hatsByRole[role].includes(hat)) {
    throw new AppError('hat_not_allowed', `The ${role} role may wear: ${hatsByRole[role].join(', ')}`);
  }
}
