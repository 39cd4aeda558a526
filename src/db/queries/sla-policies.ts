// SLA policies, and what the SLA clocks read and write on conversations: the policy and due times,
// the conversation's start, the last answer and what the person wrote since.
import { and, asc, desc, eq, gt, inArray, isNull, lte, min, ne, sql } from 'drizzle-orm';
import { conversationEvents, conversations, memberships, messages, slaPolicies, users, type Role } from '../schema/index.ts';
import type { Tx } from '../client.ts';

export type SlaPolicyRow = typeof slaPolicies.$inferSelect;
export type NewSlaPolicyRow = typeof slaPolicies.$inferInsert;
export type SlaPolicyChanges = Partial<Omit<NewSlaPolicyRow, 'id' | 'workspaceId' | 'createdAt'>>;

const byId = (workspaceId: string, id: string) => and(eq(slaPolicies.id, id), eq(slaPolicies.workspaceId, workspaceId));

export function listSlaPolicies(db: Tx, workspaceId: string): Promise<SlaPolicyRow[]> {
  return db.select().from(slaPolicies).where(eq(slaPolicies.workspaceId, workspaceId)).orderBy(desc(slaPolicies.isDefault), asc(slaPolicies.name), asc(slaPolicies.id));
}

export async function findSlaPolicy(db: Tx, workspaceId: string, id: string): Promise<SlaPolicyRow | undefined> {
  const [row] = await db.select().from(slaPolicies).where(byId(workspaceId, id));
  return row;
}

export async function findDefaultSlaPolicy(db: Tx, workspaceId: string): Promise<SlaPolicyRow | undefined> {
  const [row] = await db.select().from(slaPolicies).where(and(eq(slaPolicies.workspaceId, workspaceId), eq(slaPolicies.isDefault, true)));
  return row;
}

export async function findSlaPolicies(db: Tx, workspaceId: string, ids: string[]): Promise<Map<string, SlaPolicyRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(slaPolicies).where(and(eq(slaPolicies.workspaceId, workspaceId), inArray(slaPolicies.id, ids)));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function insertSlaPolicy(db: Tx, row: NewSlaPolicyRow): Promise<SlaPolicyRow> {
  const [policy] = await db.insert(slaPolicies).values(row).returning();
  return policy!;
}

export async function updateSlaPolicy(db: Tx, workspaceId: string, id: string, changes: SlaPolicyChanges): Promise<SlaPolicyRow | undefined> {
  const [row] = await db.update(slaPolicies).set(changes).where(byId(workspaceId, id)).returning();
  return row;
}

/** Takes the default flag from every other policy of the workspace. */
export async function clearDefaultSlaPolicy(db: Tx, workspaceId: string, exceptId: string): Promise<void> {
  await db.update(slaPolicies).set({ isDefault: false }).where(and(eq(slaPolicies.workspaceId, workspaceId), eq(slaPolicies.isDefault, true), ne(slaPolicies.id, exceptId)));
}

export async function deleteSlaPolicy(db: Tx, workspaceId: string, id: string): Promise<boolean> {
  const rows = await db.delete(slaPolicies).where(byId(workspaceId, id)).returning({ id: slaPolicies.id });
  return rows.length > 0;
}

/** Conversations not yet resolved under the policy lose it and their due times; returns how many. */
export async function detachSlaPolicy(db: Tx, workspaceId: string, policyId: string, at: Date): Promise<number> {
  const rows = await db
    .update(conversations)
    .set({ slaPolicyId: null, firstResponseDueAt: null, nextResponseDueAt: null, resolutionDueAt: null, updatedAt: at })
    .where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.slaPolicyId, policyId), isNull(conversations.resolvedAt)))
    .returning({ id: conversations.id });
  return rows.length;
}

export type SlaConversation = Pick<
  typeof conversations.$inferSelect,
  'id' | 'status' | 'createdAt' | 'slaPolicyId' | 'firstResponseAt' | 'waitingSince' | 'firstResponseDueAt' | 'nextResponseDueAt' | 'resolutionDueAt' | 'resolvedAt' | 'mergedIntoId'
>;

/** The conversations with their clocks, locked until the transaction ends (replies and ingests queue up). */
export function lockSlaConversations(db: Tx, workspaceId: string, ids: string[]): Promise<SlaConversation[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: conversations.id,
      status: conversations.status,
      createdAt: conversations.createdAt,
      slaPolicyId: conversations.slaPolicyId,
      firstResponseAt: conversations.firstResponseAt,
      waitingSince: conversations.waitingSince,
      firstResponseDueAt: conversations.firstResponseDueAt,
      nextResponseDueAt: conversations.nextResponseDueAt,
      resolutionDueAt: conversations.resolutionDueAt,
      resolvedAt: conversations.resolvedAt,
      mergedIntoId: conversations.mergedIntoId,
    })
    .from(conversations)
    .where(and(eq(conversations.workspaceId, workspaceId), inArray(conversations.id, ids)))
    .orderBy(asc(conversations.id))
    .for('update');
}

export type SlaClockChanges = Partial<Pick<typeof conversations.$inferInsert, 'slaPolicyId' | 'firstResponseDueAt' | 'nextResponseDueAt' | 'resolutionDueAt'>>;

export async function updateSlaClocks(db: Tx, workspaceId: string, id: string, changes: SlaClockChanges): Promise<void> {
  await db.update(conversations).set(changes).where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.id, id)));
}

/** The first inbound message's time at or before `until`: when the person started waiting. */
export async function firstInboundAt(db: Tx, conversationId: string, f: { after?: Date; until: Date }): Promise<Date | null> {
  const where = [eq(messages.conversationId, conversationId), eq(messages.kind, 'in'), lte(messages.occurredAt, f.until)];
  if (f.after) where.push(gt(messages.occurredAt, f.after));
  const [row] = await db.select({ at: min(messages.occurredAt) }).from(messages).where(and(...where));
  return row?.at ?? null;
}

/** When the conversation was last answered (its latest first_response or reply event) at or before `until`. */
export async function lastResponseAt(db: Tx, conversationId: string, until: Date): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<Date | null>`max(${conversationEvents.occurredAt})`.mapWith((v: string | Date | null) => (v === null ? null : new Date(v))) })
    .from(conversationEvents)
    .where(and(eq(conversationEvents.conversationId, conversationId), inArray(conversationEvents.type, ['first_response', 'reply']), lte(conversationEvents.occurredAt, until)));
  return row?.at ?? null;
}

export type SlaClockKind = 'first_response' | 'next_response' | 'resolution';
export type SlaStage = 'sla_warning' | 'sla_breach';
export type DueClock = { conversationId: string; workspaceId: string; assigneeId: string | null; policyId: string; dueAt: Date; warnBeforeMinutes: number };

const dueColumn = { first_response: 'first_response_due_at', next_response: 'next_response_due_at', resolution: 'resolution_due_at' } as const;
// Which clocks are running: a first response not given yet; a next response while the person waits after one.
const running = { first_response: sql`c.first_response_at is null`, next_response: sql`c.first_response_at is not null and c.waiting_since is not null`, resolution: sql`true` } as const;

/** The key that stores each warning or breach once: the stage, the clock and its due time. */
export const slaDedupKey = (stage: SlaStage, kind: SlaClockKind, dueAt: Date) => `${stage}:${kind}:${dueAt.getTime()}`;

/**
 * Running clocks, across workspaces, that reached this stage at `now` and were not recorded at it
 * yet (breach: due; warning: within the policy's warning window and not yet due), earliest first.
 */
export async function findDueSlaClocks(db: Tx, f: { kind: SlaClockKind; stage: SlaStage; now: Date; limit: number }): Promise<DueClock[]> {
  const due = sql.raw(`c.${dueColumn[f.kind]}`);
  const now = sql`${f.now.toISOString()}::timestamptz`;
  const reached = f.stage === 'sla_breach' ? sql`${due} <= ${now}` : sql`p.warn_before_minutes > 0 and ${due} > ${now} and ${due} - p.warn_before_minutes * interval '1 minute' <= ${now}`;
  const key = sql`${`${f.stage}:${f.kind}:`} || ((extract(epoch from ${due}) * 1000)::bigint)::text`;
  const result = await db.execute(sql`
    select c.id as conversation_id, c.workspace_id, c.assignee_id, p.id as policy_id, ${due} as due_at, p.warn_before_minutes
    from conversations c join sla_policies p on p.id = c.sla_policy_id
    where c.sla_policy_id is not null and c.resolved_at is null and c.status <> 'resolved' and c.merged_into_id is null
      and ${due} is not null and ${running[f.kind]} and ${reached}
      and not exists (select 1 from conversation_events e where e.conversation_id = c.id and e.dedup_key = ${key})
    order by ${due}
    limit ${f.limit}`);
  const rows = (result as unknown as { rows: Array<{ conversation_id: string; workspace_id: string; assignee_id: string | null; policy_id: string; due_at: string | Date; warn_before_minutes: number }> }).rows;
  return rows.map((r) => ({ conversationId: r.conversation_id, workspaceId: r.workspace_id, assigneeId: r.assignee_id, policyId: r.policy_id, dueAt: new Date(r.due_at), warnBeforeMinutes: Number(r.warn_before_minutes) }));
}

/** Active members in these roles: who hears of an unassigned conversation's slipping SLA. */
export async function findMembersInRoles(db: Tx, workspaceId: string, roles: readonly Role[]): Promise<string[]> {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspaceId), inArray(memberships.role, [...roles]), eq(users.isDisabled, false)));
  return rows.map((r) => r.userId);
}
