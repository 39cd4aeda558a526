// The nightly audit-log retention: a scheduled job fans out one job per workspace, so a large
// workspace neither delays nor fails the others, and each retries on its own.
import { z } from 'zod';
import { listWorkspaceIds } from '../db/queries/workspaces.ts';
import { defineJob } from './define-job.ts';
import { purgeExpiredAudit } from './audit-retention/purge-expired-audit.ts';

export const purgeWorkspaceAudit = defineJob({
  name: 'audit.retention.workspace',
  payload: z.object({ workspaceId: z.uuid() }),
  retry: { limit: 5, delaySeconds: 60, backoff: true },
  expireInSeconds: 15 * 60,
  async handler(ctx, { workspaceId }) {
    const { deleted } = await purgeExpiredAudit(ctx, { workspaceId, defaultRetentionDays: ctx.config.auditRetentionDays });
    if (deleted > 0) ctx.logger.info({ workspaceId, deleted }, 'audit entries past retention deleted');
  },
});

export const auditRetention = defineJob({
  name: 'audit.retention',
  payload: z.object({}),
  retry: { limit: 3, delaySeconds: 300, backoff: true },
  expireInSeconds: 5 * 60,
  // 03:17 UTC: off the hour, when most instances are quiet.
  schedule: { cron: '17 3 * * *', payload: {} },
  async handler(ctx) {
    // A retry after a partial fan-out sends some workspaces twice; the purge is idempotent.
    for (const id of await listWorkspaceIds(ctx.db)) await ctx.send(purgeWorkspaceAudit, { workspaceId: id });
  },
});
