// `tandem keys rotate`: re-seals every sealed secret (channel credentials, outbound webhook
// secrets) with the current key. Batches run in their own transactions, rows locked while they
// are rewritten; rows already under the current key are skipped, so a rerun (or a run after a
// crash) only finishes what is left. Rows no key in the keyring can open are reported, not lost.
import { currentKeyId, open, seal, type Keyring } from '../../crypto/secrets.ts';
import { lockSealedNotUnderKey, sealedColumns, writeSealed } from '../../db/queries/sealed-secrets.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../shared/context.ts';

export type RotationReport = { keyId: string; resealed: Record<string, number>; unreadable: Array<{ column: string; id: string }> };

export async function resealSecrets(ctx: Ctx & { keyring: Keyring }, opts: { batchSize?: number } = {}): Promise<RotationReport> {
  const keyId = currentKeyId(ctx.keyring);
  const report: RotationReport = { keyId, resealed: {}, unreadable: [] };
  for (const column of sealedColumns) {
    report.resealed[column.name] = 0;
    let afterId: string | undefined;
    for (;;) {
      const batch = await inTransaction(ctx.db, async (db) => {
        const rows = await lockSealedNotUnderKey(db, column, keyId, afterId, opts.batchSize ?? 200);
        const perWorkspace = new Map<string, number>();
        for (const row of rows) {
          let plaintext: string;
          try {
            plaintext = open(ctx.keyring, row.sealed);
          } catch {
            report.unreadable.push({ column: column.name, id: row.id });
            continue;
          }
          await writeSealed(db, column, row.id, seal(ctx.keyring, plaintext));
          perWorkspace.set(row.workspaceId, (perWorkspace.get(row.workspaceId) ?? 0) + 1);
        }
        for (const [workspaceId, count] of perWorkspace) {
          await recordAudit({ ...ctx, db }, { workspaceId, action: 'secrets.reseal', targetType: column.name, after: { count, keyId } });
          report.resealed[column.name]! += count;
        }
        return rows;
      });
      if (batch.length === 0) break;
      afterId = batch.at(-1)!.id;
    }
  }
  return report;
}
