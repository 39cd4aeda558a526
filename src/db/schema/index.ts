export * from './workspaces.ts';
export * from './auth.ts';
export * from './audit.ts';
export * from './channels.ts';
export * from './people.ts';
export * from './webhooks.ts';
