// The registry of CLI commands: one line per command. Each module is imported only when its
// command runs, so `tandem user create` does not load the server, the job queue or every connector.
export type Command = { summary: string; usage?: string; run(args: string[]): Promise<number> };

export const commands: Record<string, () => Promise<Command>> = {
  start: async () => (await import('./start.ts')).startCommand,
  migrate: async () => (await import('./migrate.ts')).migrateCommand,
  'user create': async () => (await import('./user-create.ts')).userCreateCommand,
  'token create': async () => (await import('./token-create.ts')).tokenCreateCommand,
  backup: async () => (await import('./backup.ts')).backupCommand,
  restore: async () => (await import('./restore.ts')).restoreCommand,
  doctor: async () => (await import('./doctor.ts')).doctorCommand,
  worker: async () => (await import('./worker.ts')).workerCommand,
  'channel list': async () => (await import('./channel-list.ts')).channelListCommand,
  'channel connect': async () => (await import('./channel-connect.ts')).channelConnectCommand,
  'channel rename': async () => (await import('./channel-rename.ts')).channelRenameCommand,
  'channel test': async () => (await import('./channel-test.ts')).channelTestCommand,
  'channel disconnect': async () => (await import('./channel-disconnect.ts')).channelDisconnectCommand,
  'keys rotate': async () => (await import('./keys-rotate.ts')).keysRotateCommand,
  'connector new': async () => (await import('./connector-new.ts')).connectorNewCommand,
  'post create': async () => (await import('./post-create.ts')).postCreateCommand,
  'post list': async () => (await import('./post-list.ts')).postListCommand,
  'post show': async () => (await import('./post-show.ts')).postShowCommand,
  'post import': async () => (await import('./post-import.ts')).postImportCommand,
  'inbox list': async () => (await import('./inbox-list.ts')).inboxListCommand,
  'inbox show': async () => (await import('./inbox-show.ts')).inboxShowCommand,
  'inbox resolve': async () => (await import('./inbox-resolve.ts')).inboxResolveCommand,
  'inbox assign': async () => (await import('./inbox-assign.ts')).inboxAssignCommand,
  'people list': async () => (await import('./people-list.ts')).peopleListCommand,
  'people show': async () => (await import('./people-show.ts')).peopleShowCommand,
  'people merge': async () => (await import('./people-merge.ts')).peopleMergeCommand,
  'people unmerge': async () => (await import('./people-unmerge.ts')).peopleUnmergeCommand,
};
