// Inbox rules run on each new inbound message of an ingest batch, inside the ingest transaction
// (ctx.db is it). Reads are batched: the enabled rules once, the conversations once (locked), the
// authors' tags in one query; each conversation is written once at the end. Rules run in position
// order and every matching rule acts; an assignment never takes a conversation from its assignee.
// Each match is stored as a 'rule_applied' event (once per rule and message, so a replayed batch
// does not count twice).
import { findMemberRoles } from '../../../db/queries/assignment.ts';
import { insertConversationEvents, type NewConversationEventRow } from '../../../db/queries/conversation-events.ts';
import { findPersonTags, findRuleConversations, listInboxRules, updateConversationByRules, type RuleConversation } from '../../../db/queries/inbox-rules.ts';
import { findSlaPolicies } from '../../../db/queries/sla-policies.ts';
import { can } from '../../permissions.ts';
import type { Role } from '../../roles.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { newId } from '../../shared/ids.ts';
import { loadRotation } from '../assignment/load-rotation.ts';
import { excerpt, notifyMembers, type InboxNotice } from '../assignment/notify-members.ts';
import { recordAssignments, type Assignment } from '../assignment/record-assignments.ts';
import type { Rotation } from '../assignment/rotation.ts';
import type { InboundMessage } from '../inbound-message.ts';
import { getInboxSettings, type InboxSettings } from '../settings/inbox-settings.ts';
import { recordResolution } from '../sla/record-resolution.ts';
import { ruleStatusAllowed } from './check-rule.ts';
import { ruleView, type InboxRule } from './inbox-rules.ts';
import { compileConditions, matchesConditions } from './match-rule.ts';
import { roundRobin, type RuleAction } from './rule-schema.ts';

export const ruleNotifyKind = 'inbox_rule';

type State = RuleConversation & { changed: boolean; assigning: boolean };
type Outcome = { type: RuleAction['type']; outcome: 'applied' | 'unchanged' | 'skipped'; reason?: string };

export async function applyInboxRules(ctx: WorkspaceCtx, inbound: InboundMessage[]): Promise<void> {
  if (inbound.length === 0) return;
  const rules = (await listInboxRules(ctx.db, ctx.workspaceId, { enabledOnly: true })).map(ruleView);
  if (rules.length === 0) return;
  const compiled = rules.map((rule) => ({ rule, conditions: compileConditions(rule.conditions) }));
  const conversations = new Map<string, State>((await findRuleConversations(ctx.db, ctx.workspaceId, [...new Set(inbound.map((m) => m.conversationId))])).map((c) => [c.id, { ...c, changed: false, assigning: false }]));
  const tags = await findPersonTags(ctx.db, ctx.workspaceId, [...new Set(inbound.flatMap((m) => (m.personId ? [m.personId] : [])))]);
  const run = new RuleRun(ctx, rules);
  const messages = [...inbound].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  for (const m of messages) {
    const conversation = conversations.get(m.conversationId);
    if (!conversation) continue;
    const facts = { text: m.text, channelId: m.channelId, sentiment: m.sentiment, intents: m.intents, personTags: (m.personId && tags.get(m.personId)) || [], hat: conversation.hat };
    for (const { rule, conditions } of compiled) {
      if (matchesConditions(conditions, facts)) await run.apply(rule, m, conversation);
    }
  }
  await run.finish([...conversations.values()]);
}

/** One batch's effects, gathered in memory and written once. */
class RuleRun {
  readonly events: NewConversationEventRow[] = [];
  readonly notices: InboxNotice[] = [];
  readonly assignments: Assignment[] = [];
  readonly resolved = new Set<string>();
  #rotation: Rotation | undefined;
  #policy: InboxSettings | undefined;
  #slaPolicyIds: Set<string> | undefined;
  #roles: Map<string, Role> | undefined;
  readonly ctx: WorkspaceCtx;
  readonly rules: InboxRule[];
  constructor(ctx: WorkspaceCtx, rules: InboxRule[]) {
    this.ctx = ctx;
    this.rules = rules;
  }

  async apply(rule: InboxRule, m: InboundMessage, c: State): Promise<void> {
    const outcomes: Outcome[] = [];
    for (const action of rule.actions) outcomes.push({ type: action.type, ...(await this.act(rule, action, m, c)) });
    this.events.push({ id: newId(), workspaceId: this.ctx.workspaceId, conversationId: c.id, type: 'rule_applied', data: { ruleId: rule.id, ruleName: rule.name, messageId: m.messageId, actions: outcomes }, dedupKey: `rule_applied:${rule.id}:${m.messageId}`, occurredAt: this.ctx.clock.now() });
  }

  async act(rule: InboxRule, action: RuleAction, m: InboundMessage, c: State): Promise<Omit<Outcome, 'type'>> {
    switch (action.type) {
      case 'assign': {
        if (c.assigneeId || c.assigning) return { outcome: 'unchanged', reason: 'already_assigned' };
        let userId: string | undefined;
        if (action.to === roundRobin) userId = (await this.rotation()).next(c.hat)?.userId;
        else {
          const role = (await this.roles()).get(action.to);
          if (role && can(role, 'inbox.reply')) userId = action.to;
        }
        if (!userId) return { outcome: 'skipped', reason: action.to === roundRobin ? 'nobody_available' : 'assignee_not_allowed' };
        c.assigning = true;
        this.assignments.push({ conversationId: c.id, userId, by: 'rule', ruleId: rule.id });
        return { outcome: 'applied' };
      }
      case 'tag': {
        const have = new Set(c.tags.map((t) => t.toLowerCase()));
        const added: string[] = [];
        for (const t of action.tags) {
          if (have.has(t.toLowerCase())) continue;
          have.add(t.toLowerCase());
          added.push(t);
        }
        if (added.length === 0) return { outcome: 'unchanged' };
        c.tags = [...c.tags, ...added];
        c.changed = true;
        return { outcome: 'applied' };
      }
      case 'set_priority':
        if (c.priority === action.priority) return { outcome: 'unchanged' };
        c.priority = action.priority;
        c.changed = true;
        return { outcome: 'applied' };
      case 'set_status': {
        if (c.status === action.status) return { outcome: 'unchanged' };
        if (!ruleStatusAllowed(action.status, await this.policy())) return { outcome: 'skipped', reason: 'unknown_status' };
        if (action.status === 'resolved') {
          c.resolvedAt = this.ctx.clock.now();
          this.resolved.add(c.id);
        } else if (c.status === 'resolved') {
          c.resolvedAt = null;
          this.resolved.delete(c.id);
        }
        c.status = action.status;
        c.changed = true;
        return { outcome: 'applied' };
      }
      case 'set_sla_policy':
        if (c.slaPolicyId === action.policyId) return { outcome: 'unchanged' };
        // Deleted since the rule was saved: the conversation keeps the policy it has.
        if (!(await this.slaPolicyIds()).has(action.policyId)) return { outcome: 'skipped', reason: 'unknown_sla_policy' };
        c.slaPolicyId = action.policyId;
        c.changed = true;
        return { outcome: 'applied' };
      case 'notify':
        for (const userId of action.userIds) {
          this.notices.push({ userId, kind: ruleNotifyKind, title: action.message || `Inbox rule “${rule.name}” matched a message`, body: excerpt(m.text), subject: { conversationId: c.id, messageId: m.messageId, ruleId: rule.id }, dedupKey: `${ruleNotifyKind}:${rule.id}:${m.messageId}` });
        }
        return { outcome: 'applied' };
    }
  }

  async finish(conversations: State[]): Promise<void> {
    const now = this.ctx.clock.now();
    for (const c of conversations) {
      if (c.changed) await updateConversationByRules(this.ctx.db, this.ctx.workspaceId, c.id, { status: c.status, priority: c.priority, tags: c.tags, resolvedAt: c.resolvedAt, slaPolicyId: c.slaPolicyId, updatedAt: now });
    }
    await insertConversationEvents(this.ctx.db, this.events);
    await recordAssignments(this.ctx, this.assignments, this.#rotation);
    await notifyMembers(this.ctx, this.notices);
    for (const id of this.resolved) await recordResolution(this.ctx, id, now);
  }

  async rotation(): Promise<Rotation> {
    this.#rotation ??= await loadRotation(this.ctx, await this.policy());
    return this.#rotation;
  }
  // The workspace's SLA policies the rules name, read once.
  async slaPolicyIds(): Promise<Set<string>> {
    if (!this.#slaPolicyIds) {
      const named = new Set(this.rules.flatMap((r) => r.actions.flatMap((a) => (a.type === 'set_sla_policy' ? [a.policyId] : []))));
      this.#slaPolicyIds = new Set((await findSlaPolicies(this.ctx.db, this.ctx.workspaceId, [...named])).keys());
    }
    return this.#slaPolicyIds;
  }
  async policy(): Promise<InboxSettings> {
    this.#policy ??= await getInboxSettings(this.ctx);
    return this.#policy;
  }
  // The roles of every teammate the rules assign to, read once.
  async roles(): Promise<Map<string, Role>> {
    const ids = this.rules.flatMap((r) => r.actions.flatMap((a) => (a.type === 'assign' && a.to !== roundRobin ? [a.to] : [])));
    this.#roles ??= await findMemberRoles(this.ctx.db, this.ctx.workspaceId, [...new Set(ids)]);
    return this.#roles;
  }
}
