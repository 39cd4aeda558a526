// `tandem user create`: creates an account, and optionally adds it to a workspace or gives it a
// new workspace of its own. The password never appears in the output, and on a terminal it is
// typed without echo; scripts pass it on stdin rather than in argv, where `ps` could see it.
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../db/client.ts';
import { roles } from '../../db/schema/index.ts';
import { addMember } from '../../core/members/add-member.ts';
import { systemActor, systemClock, type Ctx } from '../../core/shared/context.ts';
import { AppError } from '../../core/shared/errors.ts';
import { createUser } from '../../core/users/create-user.ts';
import { createWorkspace } from '../../core/workspaces/create-workspace.ts';
import type { Command } from './index.ts';
import { inTransaction } from '../../db/transaction.ts';

const optionsSchema = z
  .object({
    email: z.email('--email must be an e-mail address'),
    name: z.string('--name is required').trim().min(1, '--name is required'),
    workspace: z.guid('--workspace must be a workspace id').optional(),
    role: z.enum(roles, `--role must be one of ${roles.join(', ')}`).optional(),
    'workspace-name': z.string().trim().min(1).optional(),
  })
  .refine((o) => !(o.workspace && o['workspace-name']), '--workspace and --workspace-name cannot be used together')
  .refine((o) => !o.workspace || o.role, '--workspace needs --role')
  .refine((o) => !o.role || o.workspace, '--role goes with --workspace');

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.replace(/\r?\n$/, '');
}

function promptHidden(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const output = rl as unknown as { _writeToOutput(s: string): void };
  let echo = true;
  output._writeToOutput = (s) => {
    if (echo) process.stderr.write(s);
  };
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    echo = false;
  });
}

async function readPassword(values: { password?: string; 'password-stdin'?: boolean }): Promise<string> {
  if (values.password !== undefined && values['password-stdin']) throw new AppError('validation_failed', 'Use either --password or --password-stdin');
  if (values.password !== undefined) return values.password;
  if (values['password-stdin']) return readStdin();
  if (!process.stdin.isTTY) throw new AppError('validation_failed', 'No password: pass --password-stdin (or --password), or run on a terminal to be asked');
  const first = await promptHidden('Password: ');
  if (first !== (await promptHidden('Password again: '))) throw new AppError('validation_failed', 'The passwords do not match');
  return first;
}

export const userCreateCommand: Command = {
  summary: 'Create a user, optionally adding them to a workspace or giving them a new one',
  usage:
    '--email <e-mail> --name <name> [--password <pw> | --password-stdin] [--workspace <id> --role <role> | --workspace-name <name>]\n\n' +
    `Without --password or --password-stdin the password is asked for on the terminal.\nRoles: ${roles.join(', ')}`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        password: { type: 'string' },
        'password-stdin': { type: 'boolean' },
        workspace: { type: 'string' },
        role: { type: 'string' },
        'workspace-name': { type: 'string' },
      },
      strict: true,
    });
    const parsed = optionsSchema.safeParse(values);
    if (!parsed.success) throw new AppError('validation_failed', parsed.error.issues[0]!.message);
    const options = parsed.data;
    const password = await readPassword(values);
    const config = loadConfig();
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const ctx: Ctx = { db: database.db, clock: systemClock, actor: systemActor('cli') };
      // One transaction: a failed membership must not leave an account behind.
      const message = await inTransaction(database.db, async (db) => {
        const tx = { ...ctx, db };
        const user = await createUser(tx, { email: options.email, name: options.name, password });
        const created = `Created user ${user.email} (${user.id})`;
        if (options.workspace && options.role) {
          await addMember({ ...tx, workspaceId: options.workspace, role: 'owner' }, { userId: user.id, role: options.role });
          return `${created} as ${options.role} of workspace ${options.workspace}`;
        }
        if (options['workspace-name']) {
          const workspace = await createWorkspace(tx, { name: options['workspace-name'], ownerId: user.id });
          return `${created}, owner of the new workspace "${workspace.name}" (${workspace.id})`;
        }
        return created;
      });
      console.log(message);
      return 0;
    } finally {
      await database.close();
    }
  },
};
