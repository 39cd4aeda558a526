// `tandem token create`: an API token for a workspace. The secret goes to stdout alone, once,
// so it can be captured (`TOKEN=$(tandem token create ...)`); everything else goes to stderr.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../db/client.ts';
import { roles } from '../../db/schema/index.ts';
import { systemActor, systemClock, type WorkspaceCtx } from '../../core/shared/context.ts';
import { AppError } from '../../core/shared/errors.ts';
import { createApiToken } from '../../core/tokens/api-tokens.ts';
import { getWorkspace } from '../../core/workspaces/get-workspace.ts';
import type { Command } from './index.ts';

const optionsSchema = z.object({
  workspace: z.guid('--workspace must be a workspace id'),
  name: z.string('--name is required').trim().min(1, '--name is required'),
  role: z.enum(roles, `--role must be one of ${roles.join(', ')}`),
  'expires-days': z.coerce.number('--expires-days must be a whole number of days').int('--expires-days must be a whole number of days').min(1, '--expires-days must be at least 1').optional(),
});

export const tokenCreateCommand: Command = {
  summary: 'Create an API token for a workspace and print its secret once',
  usage: `--workspace <id> --name <name> --role <role> [--expires-days <n>]\n\nRoles: ${roles.join(', ')}`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { workspace: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, 'expires-days': { type: 'string' } },
      strict: true,
    });
    const parsed = optionsSchema.safeParse(values);
    if (!parsed.success) throw new AppError('validation_failed', parsed.error.issues[0]!.message);
    const options = parsed.data;
    const config = loadConfig();
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const ctx: WorkspaceCtx = { db: database.db, clock: systemClock, actor: systemActor('cli'), workspaceId: options.workspace, role: 'owner' };
      const workspace = await getWorkspace(ctx);
      const token = await createApiToken(ctx, { name: options.name, role: options.role, expiresInDays: options['expires-days'] });
      const expires = token.expiresAt ? `expires ${token.expiresAt.toISOString()}` : 'does not expire';
      console.error(`Created token "${token.name}" (${token.role}) for workspace "${workspace.name}"; it ${expires}. The secret below is shown only this once:`);
      console.log(token.secret);
      return 0;
    } finally {
      await database.close();
    }
  },
};
