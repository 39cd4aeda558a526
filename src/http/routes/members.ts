// Members and invitations of a workspace.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { changeMemberRole, removeMember } from '../../core/members/change-member.ts';
import { inviteMember, revokeInvitation } from '../../core/members/invite-member.ts';
import { listMembers } from '../../core/members/list-members.ts';
import type { AppEnv } from '../env.ts';
import { body, hatSchema, json, problems, roleSchema, timestamp, uuid, withId, workspaceParams, inWorkspace } from '../openapi.ts';
import { onValidationError } from '../problem.ts';
import { publicUrl } from '../public-url.ts';

const member = z.object({ id: uuid, userId: uuid, name: z.string(), email: z.string(), role: roleSchema, hat: hatSchema, joinedAt: timestamp }).openapi('Member');
const invitation = z.object({ id: uuid, email: z.string(), role: roleSchema, expiresAt: timestamp, createdAt: timestamp }).openapi('Invitation');

export const memberRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError })
  .openapi(
    createRoute({ ...inWorkspace('members.read'), method: 'get', path: '/api/v1/workspaces/{workspaceId}/members', tags: ['Members'], summary: 'Members and pending invitations', request: { params: workspaceParams }, responses: { 200: json(z.object({ members: z.array(member), invitations: z.array(invitation) })), 404: problems[404] } }),
    async (c) => c.json(await listMembers(c.get('ctx')), 200),
  )
  .openapi(
    createRoute({
      ...inWorkspace('members.invite'),
      method: 'post',
      path: '/api/v1/workspaces/{workspaceId}/invitations',
      tags: ['Members'],
      summary: 'Invite someone by e-mail with a role; returns the link to send them (shown once)',
      request: { params: workspaceParams, body: body(z.object({ email: z.email(), role: roleSchema })) },
      responses: { 201: json(z.object({ id: uuid, email: z.string(), role: roleSchema, expiresAt: timestamp, link: z.url() }), 'Invited'), 400: problems[400], 403: problems[403], 404: problems[404], 409: problems[409] },
    }),
    async (c) => {
      const inv = await inviteMember(c.get('ctx'), c.req.valid('json'));
      const link = `${publicUrl(c)}/invite#${inv.token}`;
      return c.json({ id: inv.id, email: inv.email, role: inv.role, expiresAt: inv.expiresAt.toISOString(), link }, 201);
    },
  )
  .openapi(
    createRoute({ ...inWorkspace('members.invite'), method: 'delete', path: '/api/v1/workspaces/{workspaceId}/invitations/{invitationId}', tags: ['Members'], summary: 'Revoke a pending invitation', request: { params: withId('invitationId') }, responses: { 204: { description: 'Revoked' }, 403: problems[403], 404: problems[404] } }),
    async (c) => {
      await revokeInvitation(c.get('ctx'), c.req.valid('param').invitationId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      ...inWorkspace('members.update'),
      method: 'patch',
      path: '/api/v1/workspaces/{workspaceId}/members/{memberId}',
      tags: ['Members'],
      summary: "Change a member's role",
      request: { params: withId('memberId'), body: body(z.object({ role: roleSchema })) },
      responses: { 200: json(z.object({ id: uuid, role: roleSchema, hat: hatSchema })), 403: problems[403], 404: problems[404], 409: problems[409] },
    }),
    async (c) => {
      const after = await changeMemberRole(c.get('ctx'), c.req.valid('param').memberId, c.req.valid('json').role);
      return c.json({ id: after.id, role: after.role, hat: after.hat }, 200);
    },
  )
  .openapi(
    createRoute({ ...inWorkspace('members.remove'), method: 'delete', path: '/api/v1/workspaces/{workspaceId}/members/{memberId}', tags: ['Members'], summary: 'Remove a member', request: { params: withId('memberId') }, responses: { 204: { description: 'Removed' }, 403: problems[403], 404: problems[404], 409: problems[409] } }),
    async (c) => {
      await removeMember(c.get('ctx'), c.req.valid('param').memberId);
      return c.body(null, 204);
    },
  );
