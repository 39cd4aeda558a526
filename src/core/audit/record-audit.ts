// Writes one audit entry. Called by every use-case that changes state, inside its transaction,
// so the change and its record land together or not at all.
import { insertAuditEntry } from '../../db/queries/audit.ts';
import type { Ctx } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { enqueueEvent } from '../webhooks/enqueue-event.ts';

export type AuditInput = {
  workspaceId: string;
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
};

// Never let a secret reach the audit log, whatever a caller passes.
const secretKeys = /password|secret|token|credential|hash/i;
function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, secretKeys.test(k) ? '[redacted]' : redact(v)]),
    );
  }
  return value;
}

export async function recordAudit(ctx: Ctx, input: AuditInput): Promise<void> {
  const entry = {
    id: newId(),
    workspaceId: input.workspaceId,
    actorType: ctx.actor.type,
    actorId: ctx.actor.id,
    actorLabel: ctx.actor.label,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId ?? null,
    before: input.before === undefined ? null : redact(input.before),
    after: input.after === undefined ? null : redact(input.after),
    requestId: ctx.requestId ?? null,
    createdAt: ctx.clock.now(),
  };
  await insertAuditEntry(ctx.db, entry);
  // Every audited change is also an outbound webhook event, in the same transaction (ADR 0011).
  await enqueueEvent(ctx, {
    id: entry.id,
    event: entry.action,
    workspaceId: entry.workspaceId,
    occurredAt: entry.createdAt.toISOString(),
    actor: { type: entry.actorType, id: entry.actorId, label: entry.actorLabel },
    target: { type: entry.targetType, id: entry.targetId },
    after: entry.after,
  });
}
