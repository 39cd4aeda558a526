// Inbox rules: create, change, reorder, delete (inbox.configure). Rules run in position order
// (0 first); positions stay 0..n-1, and moving one rule shifts the others. Every change is audited.
import { deleteInboxRule as deleteRuleRow, findInboxRule, insertInboxRule, listInboxRules, lockInboxRules, setInboxRulePositions, updateInboxRule as updateRuleRow, type InboxRuleRow } from '../../../db/queries/inbox-rules.ts';
import type { Tx } from '../../../db/client.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { checkRule } from './check-rule.ts';
import type { RuleAction, RuleConditions, RuleInput, RulePatch } from './rule-schema.ts';

export type InboxRule = Omit<InboxRuleRow, 'workspaceId' | 'conditions' | 'actions'> & { conditions: RuleConditions; actions: RuleAction[] };

export const ruleView = ({ workspaceId: _w, conditions, actions, ...rule }: InboxRuleRow): InboxRule => ({ ...rule, conditions: conditions as RuleConditions, actions: actions as RuleAction[] });

export const listRules = async (ctx: WorkspaceCtx): Promise<InboxRule[]> => (await listInboxRules(ctx.db, ctx.workspaceId)).map(ruleView);

export async function getRule(ctx: WorkspaceCtx, ruleId: string): Promise<InboxRule> {
  const rule = await findInboxRule(ctx.db, ctx.workspaceId, ruleId);
  if (!rule) throw notFound('Inbox rule');
  return ruleView(rule);
}

/** Puts the rule at `index` (clamped) among the locked rules and renumbers them all. */
async function moveTo(ctx: WorkspaceCtx, db: Tx, orderedIds: string[], ruleId: string, index: number): Promise<void> {
  const others = orderedIds.filter((id) => id !== ruleId);
  others.splice(Math.max(0, Math.min(index, others.length)), 0, ruleId);
  await setInboxRulePositions(db, ctx.workspaceId, others, ctx.clock.now());
}

export async function createRule(ctx: WorkspaceCtx, input: RuleInput): Promise<InboxRule> {
  await checkRule(ctx.db, ctx.workspaceId, input.conditions, input.actions);
  return inTransaction(ctx.db, async (db) => {
    const existing = await lockInboxRules(db, ctx.workspaceId);
    const now = ctx.clock.now();
    const id = newId();
    await insertInboxRule(db, { id, workspaceId: ctx.workspaceId, name: input.name, enabled: input.enabled ?? true, position: existing.length, conditions: input.conditions, actions: input.actions, createdAt: now, updatedAt: now });
    if (input.position !== undefined && input.position < existing.length) await moveTo(ctx, db, [...existing.map((r) => r.id), id], id, input.position);
    const rule = ruleView((await findInboxRule(db, ctx.workspaceId, id))!);
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'inbox_rule.create', targetType: 'inbox_rule', targetId: id, after: rule });
    return rule;
  });
}

export async function updateRule(ctx: WorkspaceCtx, ruleId: string, patch: RulePatch): Promise<InboxRule> {
  const before = await getRule(ctx, ruleId);
  const { position, ...fields } = patch;
  if (fields.conditions || fields.actions) await checkRule(ctx.db, ctx.workspaceId, fields.conditions ?? before.conditions, fields.actions ?? before.actions);
  return inTransaction(ctx.db, async (db) => {
    const rules = await lockInboxRules(db, ctx.workspaceId);
    if (!rules.some((r) => r.id === ruleId)) throw notFound('Inbox rule');
    await updateRuleRow(db, ctx.workspaceId, ruleId, { ...fields, updatedAt: ctx.clock.now() });
    if (position !== undefined) await moveTo(ctx, db, rules.map((r) => r.id), ruleId, position);
    const after = ruleView((await findInboxRule(db, ctx.workspaceId, ruleId))!);
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'inbox_rule.update', targetType: 'inbox_rule', targetId: ruleId, before, after });
    return after;
  });
}

/** The whole running order at once (a drag and drop in the settings): every rule, each once. */
export async function reorderRules(ctx: WorkspaceCtx, ruleIds: string[]): Promise<InboxRule[]> {
  return inTransaction(ctx.db, async (db) => {
    const rules = await lockInboxRules(db, ctx.workspaceId);
    const known = new Set(rules.map((r) => r.id));
    if (new Set(ruleIds).size !== ruleIds.length || ruleIds.length !== known.size || ruleIds.some((id) => !known.has(id))) {
      throw new AppError('rule_invalid', 'List every rule of the workspace exactly once', { reason: 'order_incomplete' });
    }
    await setInboxRulePositions(db, ctx.workspaceId, ruleIds, ctx.clock.now());
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'inbox_rule.reorder', targetType: 'inbox_rule', before: { ruleIds: rules.map((r) => r.id) }, after: { ruleIds } });
    return (await listInboxRules(db, ctx.workspaceId)).map(ruleView);
  });
}

export async function deleteRule(ctx: WorkspaceCtx, ruleId: string): Promise<void> {
  await inTransaction(ctx.db, async (db) => {
    const rules = await lockInboxRules(db, ctx.workspaceId);
    const before = rules.find((r) => r.id === ruleId);
    if (!before || !(await deleteRuleRow(db, ctx.workspaceId, ruleId))) throw notFound('Inbox rule');
    await setInboxRulePositions(db, ctx.workspaceId, rules.filter((r) => r.id !== ruleId).map((r) => r.id), ctx.clock.now());
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'inbox_rule.delete', targetType: 'inbox_rule', targetId: ruleId, before: ruleView(before) });
  });
}
