// The registry of CLI commands: one line per command.
import { migrateCommand } from './migrate.ts';
import { startCommand } from './start.ts';
import { workerCommand } from './worker.ts';

export type Command = { summary: string; usage?: string; run(args: string[]): Promise<number> };

export const commands: Record<string, Command> = {
  start: startCommand,
  migrate: migrateCommand,
  worker: workerCommand,
};
