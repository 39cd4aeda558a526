// The registry of CLI commands: one line per command.
import { backupCommand } from './backup.ts';
import { channelConnectCommand } from './channel-connect.ts';
import { channelDisconnectCommand } from './channel-disconnect.ts';
import { channelListCommand } from './channel-list.ts';
import { channelRenameCommand } from './channel-rename.ts';
import { channelTestCommand } from './channel-test.ts';
import { connectorNewCommand } from './connector-new.ts';
import { doctorCommand } from './doctor.ts';
import { keysRotateCommand } from './keys-rotate.ts';
import { migrateCommand } from './migrate.ts';
import { restoreCommand } from './restore.ts';
import { startCommand } from './start.ts';
import { tokenCreateCommand } from './token-create.ts';
import { userCreateCommand } from './user-create.ts';
import { workerCommand } from './worker.ts';

export type Command = { summary: string; usage?: string; run(args: string[]): Promise<number> };

export const commands: Record<string, Command> = {
  start: startCommand,
  migrate: migrateCommand,
  'user create': userCreateCommand,
  'token create': tokenCreateCommand,
  backup: backupCommand,
  restore: restoreCommand,
  doctor: doctorCommand,
  worker: workerCommand,
  'channel list': channelListCommand,
  'channel connect': channelConnectCommand,
  'channel rename': channelRenameCommand,
  'channel test': channelTestCommand,
  'channel disconnect': channelDisconnectCommand,
  'keys rotate': keysRotateCommand,
  'connector new': connectorNewCommand,
};
