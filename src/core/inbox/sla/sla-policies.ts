// SLA policies: create, change, delete (inbox.configure). One policy may be the default, the one
// new conversations get; making another the default takes the flag from the old one. New targets
// apply to clocks started after the change; deleting a policy takes it (and its due times) off the
// conversations not yet resolved. Every change is audited.
import { clearDefaultSlaPolicy, deleteSlaPolicy as deletePolicyRow, detachSlaPolicy, findSlaPolicy, insertSlaPolicy, listSlaPolicies, updateSlaPolicy as updatePolicyRow, type SlaPolicyRow } from '../../../db/queries/sla-policies.ts';
import { inTransaction } from '../../../db/transaction.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import type { BusinessHours } from './business-time.ts';
import { checkSlaPolicy } from './check-sla-policy.ts';
import type { SlaPolicyInput, SlaPolicyPatch } from './sla-policy-schema.ts';

export type SlaPolicy = Omit<SlaPolicyRow, 'workspaceId' | 'businessHours'> & { businessHours: BusinessHours | null };

export const slaPolicyView = ({ workspaceId: _w, businessHours, ...p }: SlaPolicyRow): SlaPolicy => ({ ...p, businessHours: businessHours as BusinessHours | null });
const holidaysOf = (dates: string[]) => [...new Set(dates)].sort();

export const listPolicies = async (ctx: WorkspaceCtx): Promise<SlaPolicy[]> => (await listSlaPolicies(ctx.db, ctx.workspaceId)).map(slaPolicyView);

export async function getPolicy(ctx: WorkspaceCtx, policyId: string): Promise<SlaPolicy> {
  const row = await findSlaPolicy(ctx.db, ctx.workspaceId, policyId);
  if (!row) throw notFound('SLA policy');
  return slaPolicyView(row);
}

export async function createPolicy(ctx: WorkspaceCtx, input: SlaPolicyInput): Promise<SlaPolicy> {
  const fields = {
    name: input.name,
    firstResponseMinutes: input.firstResponseMinutes ?? null,
    nextResponseMinutes: input.nextResponseMinutes ?? null,
    resolutionMinutes: input.resolutionMinutes ?? null,
    businessHours: input.businessHours ?? null,
    holidays: holidaysOf(input.holidays ?? []),
    warnBeforeMinutes: input.warnBeforeMinutes ?? 15,
    isDefault: input.isDefault ?? false,
  };
  checkSlaPolicy(fields);
  return inTransaction(ctx.db, async (db) => {
    const now = ctx.clock.now();
    const id = newId();
    if (fields.isDefault) await clearDefaultSlaPolicy(db, ctx.workspaceId, id);
    const policy = slaPolicyView(await insertSlaPolicy(db, { id, workspaceId: ctx.workspaceId, ...fields, createdAt: now, updatedAt: now }));
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'sla_policy.create', targetType: 'sla_policy', targetId: id, after: policy });
    return policy;
  });
}

export async function updatePolicy(ctx: WorkspaceCtx, policyId: string, patch: SlaPolicyPatch): Promise<SlaPolicy> {
  const before = await getPolicy(ctx, policyId);
  const changes = { ...patch, ...(patch.holidays ? { holidays: holidaysOf(patch.holidays) } : {}) };
  checkSlaPolicy({ ...before, ...changes });
  return inTransaction(ctx.db, async (db) => {
    if (changes.isDefault) await clearDefaultSlaPolicy(db, ctx.workspaceId, policyId);
    const row = await updatePolicyRow(db, ctx.workspaceId, policyId, { ...changes, updatedAt: ctx.clock.now() });
    if (!row) throw notFound('SLA policy');
    const after = slaPolicyView(row);
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'sla_policy.update', targetType: 'sla_policy', targetId: policyId, before, after });
    return after;
  });
}

export async function deletePolicy(ctx: WorkspaceCtx, policyId: string): Promise<void> {
  const before = await getPolicy(ctx, policyId);
  await inTransaction(ctx.db, async (db) => {
    const detached = await detachSlaPolicy(db, ctx.workspaceId, policyId, ctx.clock.now());
    if (!(await deletePolicyRow(db, ctx.workspaceId, policyId))) throw notFound('SLA policy');
    await recordAudit({ ...ctx, db }, { workspaceId: ctx.workspaceId, action: 'sla_policy.delete', targetType: 'sla_policy', targetId: policyId, before, after: { conversationsDetached: detached } });
  });
}
